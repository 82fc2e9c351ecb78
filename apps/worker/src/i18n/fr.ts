import type { Message } from '@fourmi/ui';
import { earningsPageFr } from '../features/earnings/earnings.i18n';
import { standingFr } from '../features/standing/standing.i18n';
import { profileFr } from '../features/profile/profile.i18n';
import { contestsFr } from '../features/contests/contests.i18n';
import { reasonsFr } from '../features/errors/reasons.i18n';
import type { en } from './en';

export const fr: Record<keyof typeof en, Message> = {
  ...earningsPageFr,
  ...standingFr,
  ...contestsFr,
  ...reasonsFr,
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
  'earnings.earned': 'Récompenses des réponses envoyées',
  'earnings.earnedHint': 'Comptées à chaque réponse, avant la revue : une réponse est payée une fois acceptée, et une réponse refusée sort des deux totaux. Les primes et ce que vous pouvez retirer sont sur votre page de gains.',
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
  'refusal.banned': 'Vous avez été écarté de ce projet : {reason}',
  'refusal.language': 'Ce projet est réservé aux travailleurs de ces langues : {languages}. Si vous travaillez dans l’une d’elles, ajoutez-la à vos langues.',
  'refusal.dailyCap': 'Vous avez atteint la limite de {cap} tâches par jour de ce projet. Revenez demain (le jour change à minuit UTC).',
  'refusal.skills': 'Ce projet demande des compétences que vous n’avez pas encore : {skills}.',
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
  'runner.seeStanding': 'Voir vos résultats sur ce projet',
  'runner.tryAgain': 'Votre réponse n’a pas pu être enregistrée tout de suite : beaucoup répondaient à cet élément. Elle est toujours là : envoyez-la à nouveau.',
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
