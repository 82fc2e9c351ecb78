import type { Message } from '@fourmi/ui';
import { earningsPageFr } from '../features/earnings/earnings.i18n';
import { standingFr } from '../features/standing/standing.i18n';
import { profileFr } from '../features/profile/profile.i18n';
import { contestsFr } from '../features/contests/contests.i18n';
import type { en } from './en';

export const fr: Record<keyof typeof en, Message> = {
  ...earningsPageFr,
  ...standingFr,
  ...contestsFr,
  ...profileFr,
  'app.name': 'Fourmi Travail',
  'nav.feed': 'Travail disponible',

  'auth.signInTitle': 'Connexion',
  'auth.signInIntro': 'Connectez-vous pour prendre des tâches et être payé·e pour chaque réponse.',
  'auth.notAWorker': 'Ce compte n’est pas un compte travailleur. Créez un compte travailleur pour faire des tâches.',
  'auth.noAccount': 'Pas encore de compte ?',
  'auth.toSignUp': 'Créer un compte travailleur',
  'auth.signUpTitle': 'Créer un compte travailleur',
  'auth.signUpIntro': 'Faites de petites tâches dans votre navigateur et gagnez de l’argent pour chaque réponse acceptée.',
  'auth.haveAccount': 'Vous avez déjà un compte ?',
  'auth.toSignIn': 'Se connecter',

  'earnings.title': 'Vos gains',
  'earnings.earned': 'Gagné',
  'earnings.submitted': 'Réponses envoyées',
  'earnings.sandbox': 'Bac à sable : aucun argent réel ne circule.',

  'feed.title': 'Travail disponible',
  'feed.refresh': 'Actualiser',
  'feed.empty': 'Aucun travail n’est disponible pour le moment. Revenez un peu plus tard.',
  'feed.listLabel': 'Projets',
  'feed.reward': 'Rémunération par tâche',
  'feed.available': 'Tâches disponibles',
  'feed.start': 'Commencer',
  'feed.startFor': 'Commencer {name}',
  'feed.languagesHint': 'Les projets réservés à des langues données apparaissent ici dès que votre profil indique l’une d’elles.',
  'feed.toProfile': 'Indiquer les langues dans lesquelles vous travaillez',
  'feed.unsupported': 'Ce type de tâche n’est pas encore pris en charge dans cette version.',

  'runner.title': 'Tâche',
  'runner.claiming': 'Recherche d’une tâche…',
  'runner.refused': 'Vous ne pouvez pas travailler sur ce projet pour le moment',
  'runner.doneThisSession': { one: '{count} tâche faite pendant cette session', other: '{count} tâches faites pendant cette session' },
  'runner.instructions': 'Consignes',
  'runner.timeLeft': 'Temps restant :',
  'runner.leaseExpired': 'Le temps est écoulé pour cette tâche. Vous pouvez encore répondre : la réponse est gardée si la tâche est toujours libre.',
  'runner.newTask': 'Prendre une nouvelle tâche',
  'runner.reward': 'Rémunération : {amount}',
  'runner.sent': 'Réponse envoyée.',
  'runner.sentLabel': 'Réponse « {label} » envoyée.',
  'runner.leaseLost': 'Cette tâche ne vous est plus réservée.',
  'runner.leaseExpiredHint': 'Votre temps était écoulé et quelqu’un d’autre l’a prise : votre réponse n’était plus nécessaire.',
  'runner.alreadySubmitted': 'Cette tâche a déjà reçu votre réponse.',
  'runner.skip': 'Passer cette tâche',
  'runner.skipHint': 'Elle ne vous sera plus proposée.',
  'runner.skipped': 'Tâche passée.',
  'runner.noMoreTasks': 'Plus de tâches dans ce projet',
  'runner.noMoreTasksHint': 'Vous avez fait toutes les tâches disponibles pour vous ici. Merci !',
  'runner.backToFeed': 'Retour au travail disponible',
  'runner.checkAgain': 'Vérifier à nouveau',
  'runner.stop': 'Arrêter et revenir au travail disponible',
};
