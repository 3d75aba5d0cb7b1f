/** The modeler's server state: deployed definitions, their XML, roles and forms, and deploying. */
import { api, diagramXmlPath } from '../../lib/api';
import type { Definition, Page } from '../../lib/types';
import { useApi, useGet } from '../../lib/useApi';

export function useDefinitions() {
  return useGet<Page<Definition>>('/api/process-definitions?all=true');
}

/** The known roles and the deployed forms, which the panel's selects and the lint rules offer. */
export function useCatalog() {
  return useApi('modeler-catalog', async (signal) => {
    const [roles, forms] = await Promise.all([
      api<{ items: string[] }>('/api/roles', { signal }),
      api<{ items: { formKey: string; schema?: { title?: string } }[] }>('/api/forms', { signal }),
    ]);
    return { roles: roles.items, forms: forms.items.map((f) => ({ key: f.formKey, title: f.schema?.title ?? f.formKey })) };
  });
}

export function fetchXml(processKey: string, version: number): Promise<string> {
  return api<string>(diagramXmlPath(processKey, version), { text: true });
}

/** Deploys the XML as new versions, with the owner's change note. */
export function deploy(name: string, xml: string, note: string) {
  return api<{ deployments: { id: string; processKey: string; version: number; name: string }[] }>('/api/deployments', {
    method: 'POST',
    body: { name, xml, note },
  });
}
