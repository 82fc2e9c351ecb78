import type { AudioConfig } from './audio';
import type { CategorizationConfig } from './categorization';
import type { ClassificationConfig } from './classification';
import type { MultiLabelConfig } from './multi-label';
import type { Preset } from './types';
import type { UiFeedbackConfig } from './ui-feedback';

// Raw configs (before parseConfig), so defaults such as hotkeys stay the kind's own business.
type Raw<C> = Partial<C>;

const sentiment5: Raw<ClassificationConfig> = {
  labels: [
    { value: '-2', text: 'Very negative', hotkey: '1' },
    { value: '-1', text: 'Negative', hotkey: '2' },
    { value: '0', text: 'Neutral', hotkey: '3' },
    { value: '1', text: 'Positive', hotkey: '4' },
    { value: '2', text: 'Very positive', hotkey: '5' },
  ],
};

const sentiment3: Raw<ClassificationConfig> = {
  labels: [
    { value: 'negative', text: 'Negative' },
    { value: 'neutral', text: 'Neutral' },
    { value: 'positive', text: 'Positive' },
  ],
};

/**
 * Moderation values are `<policy>:<severity>`, severity one of low | medium | high, so aggregation can
 * split on ':' to get the policy and rank by severity. One severity per policy keeps the list short:
 * the one that decides what happens to the content (high = remove, medium = restrict, low = demote).
 * `ok` stands alone: it cannot be combined with a violation (aloneLabels).
 */
const moderation: Raw<MultiLabelConfig> = {
  labels: [
    { value: 'ok', text: 'Nothing wrong', hotkey: '0' },
    { value: 'hate:high', text: 'Hate speech', hotkey: '1' },
    { value: 'harassment:medium', text: 'Harassment or bullying', hotkey: '2' },
    { value: 'sexual:high', text: 'Sexual content', hotkey: '3' },
    { value: 'violence:high', text: 'Violence or threats', hotkey: '4' },
    { value: 'self-harm:high', text: 'Self-harm', hotkey: '5' },
    { value: 'misinformation:medium', text: 'Misinformation', hotkey: '6' },
    { value: 'spam:low', text: 'Spam or scam', hotkey: '7' },
  ],
  minSelected: 1,
  aloneLabels: ['ok'],
};

const imageClassification: Raw<ClassificationConfig> = {
  labels: [
    { value: 'relevant', text: 'Relevant' },
    { value: 'irrelevant', text: 'Irrelevant' },
    { value: 'unclear', text: 'Cannot tell' },
  ],
};

const productCategorization: Raw<CategorizationConfig> = {
  taxonomy: [
    { id: 'home', label: 'Home & kitchen', parentId: null },
    { id: 'home.kitchen', label: 'Kitchen appliances', parentId: 'home' },
    { id: 'home.kitchen.kettles', label: 'Kettles', parentId: 'home.kitchen' },
    { id: 'home.kitchen.toasters', label: 'Toasters', parentId: 'home.kitchen' },
    { id: 'home.furniture', label: 'Furniture', parentId: 'home' },
    { id: 'electronics', label: 'Electronics', parentId: null },
    { id: 'electronics.phones', label: 'Mobile phones', parentId: 'electronics' },
    { id: 'electronics.audio', label: 'Headphones & speakers', parentId: 'electronics' },
    { id: 'fashion', label: 'Fashion', parentId: null },
    { id: 'fashion.shoes', label: 'Shoes', parentId: 'fashion' },
    { id: 'fashion.bags', label: 'Bags', parentId: 'fashion' },
  ],
};

const uiFeedback: Raw<UiFeedbackConfig> = {
  categories: [
    { value: 'layout', text: 'Layout' },
    { value: 'text', text: 'Text or translation' },
    { value: 'broken', text: 'Something is broken' },
    { value: 'accessibility', text: 'Accessibility' },
    { value: 'performance', text: 'Slow or unresponsive' },
    { value: 'none', text: 'No issue' },
  ],
  minCommentLength: 10,
  allowClicks: true,
  maxClicks: 5,
};

const audioIntent: Raw<AudioConfig> = {
  labels: [
    { value: 'question', text: 'Question' },
    { value: 'request', text: 'Request or command' },
    { value: 'complaint', text: 'Complaint' },
    { value: 'other', text: 'Other' },
  ],
};

const audioTranscription: Raw<AudioConfig> = { transcribe: true };

export const presets: Preset[] = [
  preset('sentiment-5', 'CLASSIFICATION', sentiment5, {
    name: ['Sentiment (5 levels)', 'Sentiment (5 niveaux)'],
    description: [
      'Rate the sentiment of a text from very negative to very positive.',
      'Évaluer le sentiment d’un texte, de très négatif à très positif.',
    ],
  }),
  preset('sentiment-3', 'CLASSIFICATION', sentiment3, {
    name: ['Sentiment (3 levels)', 'Sentiment (3 niveaux)'],
    description: [
      'Say whether a text is negative, neutral or positive.',
      'Dire si un texte est négatif, neutre ou positif.',
    ],
  }),
  preset('moderation', 'MULTI_LABEL', moderation, {
    name: ['Content moderation', 'Modération de contenu'],
    description: [
      'Flag every policy a text or image breaks, or mark it as fine.',
      'Signaler chaque règle qu’un texte ou une image enfreint, ou le déclarer conforme.',
    ],
  }),
  preset('image-classification', 'CLASSIFICATION', imageClassification, {
    name: ['Image classification', 'Classification d’images'],
    description: [
      'Sort images into categories you define.',
      'Trier des images dans les catégories de votre choix.',
    ],
  }),
  preset('product-categorization', 'CATEGORIZATION', productCategorization, {
    name: ['Product categorisation', 'Catégorisation de produits'],
    description: [
      'Place each product in your category tree, down to a leaf.',
      'Placer chaque produit dans votre arborescence, jusqu’à une feuille.',
    ],
  }),
  preset('ui-feedback', 'UI_FEEDBACK', uiFeedback, {
    name: ['Interface feedback', 'Retours sur une interface'],
    description: [
      'Rate a screenshot, name the main issue and point at it.',
      'Noter une capture d’écran, nommer le principal problème et le montrer.',
    ],
  }),
  preset('audio-intent', 'AUDIO', audioIntent, {
    name: ['Audio intent', 'Intention audio'],
    description: [
      'Listen to a short recording and choose what the speaker wants.',
      'Écouter un court enregistrement et choisir ce que veut la personne.',
    ],
  }),
  preset('audio-transcription', 'AUDIO', audioTranscription, {
    name: ['Audio transcription', 'Transcription audio'],
    description: [
      'Listen to a recording and type what is said.',
      'Écouter un enregistrement et écrire ce qui est dit.',
    ],
  }),
];

/**
 * The French of the texts workers read in the presets (labels, categories, taxonomy nodes), by their
 * English: a French requester starting from a preset gets French choices; the values stay as they are.
 */
const FRENCH_TEXTS: Record<string, string> = {
  'Very negative': 'Très négatif',
  Negative: 'Négatif',
  Neutral: 'Neutre',
  Positive: 'Positif',
  'Very positive': 'Très positif',
  'Nothing wrong': 'Rien à signaler',
  'Hate speech': 'Discours haineux',
  'Harassment or bullying': 'Harcèlement ou intimidation',
  'Sexual content': 'Contenu sexuel',
  'Violence or threats': 'Violence ou menaces',
  'Self-harm': 'Automutilation',
  Misinformation: 'Désinformation',
  'Spam or scam': 'Spam ou arnaque',
  Relevant: 'Pertinente',
  Irrelevant: 'Hors sujet',
  'Cannot tell': 'Impossible à dire',
  'Home & kitchen': 'Maison et cuisine',
  'Kitchen appliances': 'Électroménager de cuisine',
  Kettles: 'Bouilloires',
  Toasters: 'Grille-pain',
  Furniture: 'Meubles',
  Electronics: 'Électronique',
  'Mobile phones': 'Téléphones mobiles',
  'Headphones & speakers': 'Casques et enceintes',
  Fashion: 'Mode',
  Shoes: 'Chaussures',
  Bags: 'Sacs',
  Layout: 'Mise en page',
  'Text or translation': 'Texte ou traduction',
  'Something is broken': 'Quelque chose ne marche pas',
  Accessibility: 'Accessibilité',
  'Slow or unresponsive': 'Lent ou bloqué',
  'No issue': 'Aucun problème',
  Question: 'Question',
  'Request or command': 'Demande ou commande',
  Complaint: 'Réclamation',
  Other: 'Autre',
};

type Texted = { text?: unknown; label?: unknown };
const translate = <T extends Texted>(node: T): T => {
  const fr = (english: unknown) => (typeof english === 'string' ? (FRENCH_TEXTS[english] ?? english) : english);
  return { ...node, ...('text' in node && { text: fr(node.text) }), ...('label' in node && { label: fr(node.label) }) };
};

/** A preset's config with the texts workers read in `locale` (labels, categories, taxonomy labels). */
export function presetConfig(preset: Preset, locale: 'en' | 'fr'): unknown {
  const config = (preset.config ?? {}) as Record<string, unknown>;
  if (locale === 'en') return config;
  const lists = ['labels', 'categories', 'taxonomy'].filter((key) => Array.isArray(config[key]));
  return { ...config, ...Object.fromEntries(lists.map((key) => [key, (config[key] as Texted[]).map(translate)])) };
}

/** Texts as [English, French]. */
function preset(id: string, kind: Preset['kind'], config: unknown, texts: { name: [string, string]; description: [string, string] }): Preset {
  const [nameEn, nameFr] = texts.name;
  const [descriptionEn, descriptionFr] = texts.description;
  return { id, kind, name: { en: nameEn, fr: nameFr }, description: { en: descriptionEn, fr: descriptionFr }, config };
}
