/**
 * Every query of this feature lives under ['reports', …], so a write invalidates them all at once:
 * a submission changes the form, the inbox, the obligations and the status table together.
 */
export const reportsRootKey = ['reports'] as const;
