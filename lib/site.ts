/** Site-wide constants. SITE_URL is where the canonical copy is published; mirrors may differ. */
export const SITE_NAME = 'Landmine Law Explainer';
export const SITE_URL = (process.env.SITE_URL ?? 'https://landmine-law.example.org').replace(/\/$/, '');
