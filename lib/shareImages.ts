/** What each family's share image says (app/og/[image]/route.tsx draws it at build). */
import { shareImageFamilies, type ShareImageFamily } from './pageMetadata';

export const shareImageText: Record<ShareImageFamily, { heading: string; line: string }> = {
  site: {
    heading: 'The law of landmines, explained and cited',
    line: 'Treaties, states, U.S. policy and civilian risk',
  },
  treaty: { heading: 'The Ottawa Treaty, article by article', line: 'Exact text beside a plain explanation' },
  states: { heading: 'Every state and the Ottawa Treaty', line: 'Status computed from dated, sourced records' },
  compare: { heading: 'Landmine law, point by point', line: 'Treaties and U.S. policies side by side' },
  'us-policy': { heading: 'U.S. landmine policy over time', line: 'What changed at each step, with sources' },
  topics: { heading: 'Explainers', line: 'Withdrawals, the Korea exception, Ukraine and more' },
  data: { heading: 'Civilian risk and open data', line: 'Casualties, contamination and downloads' },
};

/** `states.png` → `states`; undefined for a name that is not a family's image. */
export function familyOfImage(fileName: string): ShareImageFamily | undefined {
  const family = fileName.replace(/\.png$/, '');
  return fileName.endsWith('.png') ? shareImageFamilies.find((f) => f === family) : undefined;
}
