/** What a ban covers, as the audit says it: the project by its name, or the whole platform. */
export type BanScope = { key: 'admin.banScopeAll'; vars?: undefined } | { key: 'admin.banScopeProject'; vars: { name: string } };

export function banScope(ban: { projectId?: string | null; projectName?: string | null }): BanScope {
  if (!ban.projectId) return { key: 'admin.banScopeAll' };
  // The id only if the name cannot be read: an admin still needs something to look the project up by.
  return { key: 'admin.banScopeProject', vars: { name: ban.projectName ?? ban.projectId } };
}
