/**
 * What a browser tab shows for a download link that expired (links last a minute; one opened again
 * from the browser's downloads is refused): a page a person can act on, in French when the browser
 * asks for it, instead of the JSON refusal API clients read. Each download says where to get it again.
 */
const TEXTS = {
  en: {
    title: 'This download link has expired',
    lead: 'Download links work for one minute.',
    again: {
      results: { body: 'Download the results again from your project in the console.', link: 'Open the console', href: '/console/' },
      myData: { body: 'Download your data again from your profile.', link: 'Open your profile', href: '/profile' },
    },
  },
  fr: {
    title: 'Ce lien de téléchargement a expiré',
    lead: 'Les liens de téléchargement fonctionnent une minute.',
    again: {
      results: { body: 'Téléchargez à nouveau les résultats depuis votre projet dans la console.', link: 'Ouvrir la console', href: '/console/' },
      myData: { body: 'Téléchargez à nouveau vos données depuis votre profil.', link: 'Ouvrir votre profil', href: '/profile' },
    },
  },
} as const;

/** Which download expired: a project's results (console) or a person's own data (their profile). */
export type ExpiredDownload = keyof (typeof TEXTS)['en']['again'];

/** The browser's first language we speak (`Accept-Language: fr-CA,fr;q=0.9,en;q=0.8` → fr), English otherwise. */
export function pageLanguage(acceptLanguage: string | undefined): keyof typeof TEXTS {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { lang: tag.split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.lang && l.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((l) => l.lang).find((lang): lang is keyof typeof TEXTS => lang in TEXTS) ?? 'en';
}

/** Whether the request is a browser opening the link (a page is wanted), not a client reading JSON. */
export const wantsPage = (accept: string | undefined) => (accept ?? '').includes('text/html');

export function expiredLinkPage(acceptLanguage: string | undefined, download: ExpiredDownload = 'results'): string {
  const lang = pageLanguage(acceptLanguage);
  const text = TEXTS[lang];
  const again = text.again[download];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title} — Fourmi</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1 style="font-size: 1.4rem">${text.title}</h1>
<p>${text.lead} ${again.body}</p>
<p><a href="${again.href}">${again.link}</a></p>
</body>
</html>
`;
}
