/** The browser and its version from a user agent, for a capture's metadata: "Chrome 156.0.7000.0", "Firefox 153.0". */
export function browserName(userAgent: string): string {
  const firefox = /\bFirefox\/([\d.]+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /\bEdg\/([\d.]+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /\b(Headless)?Chrome\/([\d.]+)/.exec(userAgent);
  if (chrome) return `Chrome ${chrome[2]}${chrome[1] ? ' (headless)' : ''}`;
  return userAgent.slice(0, 120) || 'unknown';
}
