import type { Message } from '@fourmi/ui';

export const billingEn = {
  'money.sandbox': 'Sandbox — no real money',
  'money.sandboxHint': 'Payments run on the sandbox provider: top-ups are credited at once and payouts settle at once, with no real money.',
  'fairPay.title': 'Pay for workers',
  'fairPay.hourly': 'Hourly rate shown to workers',
  'fairPay.perHour': '{amount} / hour',
  'fairPay.unknown': 'Not known yet',
  'fairPay.reward': 'Reward per task',
  'fairPay.hint': 'Estimated from the median working time of the answers, or from your estimate until enough answers exist. Batches below the platform’s minimum hourly rate cannot be published.',
  'fairPay.belowTopUp': 'Measured pay is {measured} / hour, below the {minimum} / hour minimum: each accepted answer is topped up by {topUp} from your balance.',
  'fairPay.belowWarn': 'Measured pay is {measured} / hour, below the {minimum} / hour minimum: raise the reward to at least {reward} to pay fairly.',
};

export const billingFr: Record<keyof typeof billingEn, Message> = {
  'money.sandbox': 'Bac à sable — pas d’argent réel',
  'money.sandboxHint': 'Les paiements passent par le fournisseur bac à sable : les recharges sont créditées et les versements réglés aussitôt, sans argent réel.',
  'fairPay.title': 'Rémunération des travailleurs',
  'fairPay.hourly': 'Taux horaire affiché aux travailleurs',
  'fairPay.perHour': '{amount} / heure',
  'fairPay.unknown': 'Pas encore connu',
  'fairPay.reward': 'Rémunération par tâche',
  'fairPay.hint': 'Estimé d’après le temps de travail médian des réponses, ou d’après votre estimation tant qu’il y a trop peu de réponses. Un lot sous le taux horaire minimum de la plateforme ne peut pas être publié.',
  'fairPay.belowTopUp': 'La rémunération mesurée est de {measured} / heure, sous le minimum de {minimum} / heure : chaque réponse acceptée est complétée de {topUp} pris sur votre solde.',
  'fairPay.belowWarn': 'La rémunération mesurée est de {measured} / heure, sous le minimum de {minimum} / heure : portez la récompense à {reward} au moins pour payer équitablement.',
};
