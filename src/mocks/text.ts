/**
 * The words the fake Partner Portal writes itself: product descriptions and quote line labels, in
 * the languages it speaks. Product names are names and stay as they are in every language.
 */
import type { Cadence } from '../model/schemas.js';
import { cadenceYears } from '../model/cadence.js';

export const BACKEND_LOCALES = ['en', 'nb', 'de', 'fr'] as const;
export type BackendLocale = (typeof BACKEND_LOCALES)[number];

const isBackendLocale = (tag: string): tag is BackendLocale => (BACKEND_LOCALES as readonly string[]).includes(tag);

/**
 * The language to answer in for an Accept-Language header ("nb-NO,nb;q=0.9,en;q=0.5"): the
 * preferred one the backend speaks, by q-value and then by position; English otherwise.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): BackendLocale {
  if (!acceptLanguage) return 'en';
  const ranges = acceptLanguage.split(',').map((part, position) => {
    const [tag, ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = qParam ? Number(qParam.slice(2)) : 1;
    return { language: tag.trim().toLowerCase().split('-')[0], quality: Number.isNaN(quality) ? 0 : quality, position };
  });
  ranges.sort((a, b) => b.quality - a.quality || a.position - b.position);
  for (const range of ranges) {
    if (range.quality <= 0) continue;
    // Norwegian without a written standard ("no") and Nynorsk readers get Bokmål.
    let language = range.language;
    if (language === 'no' || language === 'nn') language = 'nb';
    if (isBackendLocale(language)) return language;
  }
  return 'en';
}

/** Product descriptions by product id; English is the catalogue's own text (src/mocks/data.ts). */
const DESCRIPTIONS: Record<Exclude<BackendLocale, 'en'>, Record<string, string>> = {
  nb: {
    'connect-standard-microsoft': 'Møtelisenser for personer som logger på med Microsoft 365.',
    'connect-standard-google': 'Møtelisenser for personer som logger på med Google Workspace.',
    'connect-teams-rooms': 'Lar Microsoft Teams Rooms bli med i alle videomøter.',
    'connect-zoom-rooms': 'Lar Zoom Rooms bli med i alle videomøter. Selges bare som forhåndsbetalte perioder.',
    'connect-essentials': 'Delte virtuelle møterom for team.',
    'fullhd-add-on': 'Sender og mottar 1080p-video på et møteromsendepunkt.',
    'enhanced-room-management': 'Overvåking og fjernstyring av alle romsystemer i et domene.',
  },
  de: {
    'connect-standard-microsoft': 'Meeting-Lizenzen für Personen, die sich mit Microsoft 365 anmelden.',
    'connect-standard-google': 'Meeting-Lizenzen für Personen, die sich mit Google Workspace anmelden.',
    'connect-teams-rooms': 'Lässt Microsoft Teams Rooms an jedem Videomeeting teilnehmen.',
    'connect-zoom-rooms': 'Lässt Zoom Rooms an jedem Videomeeting teilnehmen. Nur mit Vorauszahlung erhältlich.',
    'connect-essentials': 'Gemeinsame virtuelle Besprechungsräume für Teams.',
    'fullhd-add-on': 'Sendet und empfängt 1080p-Video auf einem Besprechungsraumgerät.',
    'enhanced-room-management': 'Überwachung und Fernsteuerung aller Raumsysteme einer Domäne.',
  },
  fr: {
    'connect-standard-microsoft': 'Licences de réunion pour les personnes qui se connectent avec Microsoft 365.',
    'connect-standard-google': 'Licences de réunion pour les personnes qui se connectent avec Google Workspace.',
    'connect-teams-rooms': 'Permet aux salles Microsoft Teams Rooms de rejoindre toute réunion vidéo.',
    'connect-zoom-rooms': 'Permet aux salles Zoom Rooms de rejoindre toute réunion vidéo. Vendu uniquement en prépaiement.',
    'connect-essentials': 'Salles de réunion virtuelles partagées pour les équipes.',
    'fullhd-add-on': 'Envoie et reçoit de la vidéo 1080p sur un terminal de salle de réunion.',
    'enhanced-room-management': "Supervision et pilotage à distance de tous les systèmes de salle d'un domaine.",
  },
};

/** The description in the locale; the catalogue's own text where there is no translation. */
export function describeProduct(productId: string, english: string | undefined, locale: BackendLocale): string | undefined {
  if (locale === 'en') return english;
  return DESCRIPTIONS[locale][productId] ?? english;
}

/** How a quote line names a cadence, by locale: monthly, or a prepay of N years. */
const CADENCE_WORDS: Record<BackendLocale, { monthly: string; prepay: (years: number) => string }> = {
  en: { monthly: 'monthly', prepay: (years) => `${years}-year prepay` },
  nb: { monthly: 'månedlig', prepay: (years) => `${years} år forskuddsbetalt` },
  de: { monthly: 'monatlich', prepay: (years) => `${years} ${years === 1 ? 'Jahr' : 'Jahre'} im Voraus` },
  fr: { monthly: 'mensuel', prepay: (years) => `prépayé ${years} an${years === 1 ? '' : 's'}` },
};

/** 'monthly', '3-year prepay', … in the locale (English by default). */
export function cadenceLabel(cadence: Cadence, locale: BackendLocale = 'en'): string {
  const words = CADENCE_WORDS[locale];
  if (cadence === 'monthly') return words.monthly;
  return words.prepay(cadenceYears(cadence));
}

/** A quote line: "40 × Connect Essentials, 3-year prepay" (the product name as it is). */
export function quoteLineLabel(quantity: number, productName: string, cadence: Cadence, locale: BackendLocale): string {
  return `${quantity} × ${productName}, ${cadenceLabel(cadence, locale)}`;
}
