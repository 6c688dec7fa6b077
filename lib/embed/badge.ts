/**
 * A status badge as a standalone SVG (`Ottawa Treaty | State Party`), in the status colour of
 * the map and legends. Text widths are estimated from character counts (no font metrics at
 * build time), generously, so the label never overflows its box.
 */
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CHAR_WIDTH = 6.8;
const PADDING = 8;
const HEIGHT = 20;

export const textWidth = (text: string) => Math.ceil(text.length * CHAR_WIDTH) + 2 * PADDING;

/** Black or white text, whichever reads better on the fill (WCAG relative luminance). */
export function textColourOn(hex: string): '#000' | '#fff' {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

export interface BadgeInput {
  /** Left side: what the badge is about. */
  subject: string;
  /** Right side: the status in words. */
  status: string;
  /** Fill of the right side, `#rrggbb`. */
  colour: string;
  /** Full sentence for screen readers and tooltips: who, status, as of when. */
  title: string;
}

export function statusBadgeSvg({ subject, status, colour, title }: BadgeInput): string {
  const left = textWidth(subject);
  const right = textWidth(status);
  const width = left + right;
  const text = (x: number, value: string, fill: string) =>
    `<text x="${x}" y="14" fill="${fill}" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${left}" height="${HEIGHT}" fill="#444"/>`,
    `<rect x="${left}" width="${right}" height="${HEIGHT}" fill="${colour}"/>`,
    text(left / 2, subject, '#fff'),
    text(left + right / 2, status, textColourOn(colour)),
    `</svg>`,
  ].join('');
}
