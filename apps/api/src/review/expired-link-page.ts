/**
 * What a browser tab shows for a download link that expired (links last a minute; one opened again
 * from the browser's downloads is refused): a page a person can act on, in French when the browser
 * asks for it, instead of the JSON refusal API clients read.
 */
const TEXTS = {
  en: {
    title: 'This download link has expired',
    body: 'Download links work for one minute. Download the results again from your project in the console.',
    link: 'Open the console',
  },
  fr: {
    title: 'Ce lien de téléchargement a expiré',
    body: 'Les liens de téléchargement fonctionnent une minute. Téléchargez à nouveau les résultats depuis votre projet dans la console.',
    link: 'Ouvrir la console',
  },
} as const;

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

export function expiredLinkPage(acceptLanguage: string | undefined): string {
  const lang = pageLanguage(acceptLanguage);
  const text = TEXTS[lang];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title} — Fourmi</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1 style="font-size: 1.4rem">${text.title}</h1>
<p>${text.body}</p>
<p><a href="/console/">${text.link}</a></p>
</body>
</html>
`;
}
