/**
 * The variables the engine and the use cases own: a caller never sets them through variables,
 * messages, form data or a call activity's mappings. A shared contract at the bottom of the
 * layers, read by the runtime (mappings) and the policy (field checks) alike.
 */
export const ENGINE_OWNED = ['clientRef', 'responsiblePerson', 'startedBy', 'organisation', 'teamWaitSince'] as const;
