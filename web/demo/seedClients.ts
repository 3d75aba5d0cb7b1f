/** Links the fictional demo clients of the test identity provider (web/oidc/demoPeople.ts) to their demo paths, by business key. */
import type { UseCaseDeps } from '../../engine/usecases/context.js';
import { linkClientIdentity } from '../../engine/usecases/clientSignIn.js';
import { DEMO_PEOPLE } from '../oidc/demoPeople.js';

/** Links each demo client whose path exists; returns how many were linked. */
export async function seedDemoClients(deps: UseCaseDeps): Promise<number> {
  let linked = 0;
  const instances = await deps.store.listInstances({ limit: 1_000 });
  for (const person of DEMO_PEOPLE) {
    const path = instances.find((i) => i.businessKey === person.pathBusinessKey && i.clientRef);
    if (!path) continue;
    await linkClientIdentity(deps, person.henkilotunnus, path.clientRef!);
    linked++;
  }
  return linked;
}
