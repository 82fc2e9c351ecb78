/**
 * A worker's level: their track record across the platform, from the answers requesters reviewed.
 * A level needs a number of reviewed answers (accepted, rejected, or returned after a ban) and a share
 * of them accepted; a rejection overturned on appeal counts as accepted. Levels go down as well as up,
 * so a requester asking for one gets workers who keep it. Shares are whole percents so that the API's
 * SQL and the apps compute the same level with integers only.
 */
export interface LevelRule {
  level: number;
  minReviewed: number;
  minAcceptedPercent: number;
}

export const WORKER_LEVELS: readonly LevelRule[] = [
  { level: 1, minReviewed: 0, minAcceptedPercent: 0 },
  { level: 2, minReviewed: 50, minAcceptedPercent: 90 },
  { level: 3, minReviewed: 500, minAcceptedPercent: 95 },
  { level: 4, minReviewed: 5000, minAcceptedPercent: 97 },
];

export const TOP_LEVEL = WORKER_LEVELS[WORKER_LEVELS.length - 1].level;

export interface ReviewRecord {
  accepted: number;
  rejected: number;
}

const meets = (rule: LevelRule, { accepted, rejected }: ReviewRecord) =>
  accepted + rejected >= rule.minReviewed && accepted * 100 >= rule.minAcceptedPercent * (accepted + rejected);

/** The highest level whose rule the record meets (each rule asks more than the one before). */
export function levelOf(record: ReviewRecord): number {
  return WORKER_LEVELS.reduce((level, rule) => (meets(rule, record) ? rule.level : level), 1);
}

export interface LevelProgress {
  level: number;
  reviewed: number;
  /** Whole percent of reviewed answers accepted, rounded down (as the rules compare); null before any review. */
  acceptedPercent: number | null;
  /** The next level's rule and what is left to reach it; null at the top. */
  next: (LevelRule & { reviewedLeft: number; acceptedShareMet: boolean }) | null;
}

export function levelProgress(record: ReviewRecord): LevelProgress {
  const level = levelOf(record);
  const reviewed = record.accepted + record.rejected;
  const rule = WORKER_LEVELS.find((r) => r.level === level + 1);
  return {
    level,
    reviewed,
    acceptedPercent: reviewed === 0 ? null : Math.floor((record.accepted * 100) / reviewed),
    next: rule
      ? { ...rule, reviewedLeft: Math.max(0, rule.minReviewed - reviewed), acceptedShareMet: record.accepted * 100 >= rule.minAcceptedPercent * reviewed }
      : null,
  };
}
