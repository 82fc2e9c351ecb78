import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { DispatchService } from '../dispatch/dispatch.service';
import { EventBus } from '../events/event-bus';

const STANDING = `query($p: ID!) { myStanding(projectId: $p) { goldAccuracy { value evidence lower upper } answersToday ban { reason reasonParams } flags { kind detail detailParams } rules { dailyCap } } }`;

describe('quality rules: gold skills and bans, flags, caps, required skills, dynamic overlap', () => {
  let t: TestApp;
  let requester: { token: string; id: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    await topUp(t, requester.token, 100_000);
  });
  afterAll(() => t.close());

  async function project(extra: Record<string, unknown>, items: string[], gold: { text: string; label: string }[] = []) {
    const input = { name: 'Q', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 3, ...extra };
    const created = await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, requester.token);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    const projectId: string = created.data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: items.map((text) => ({ text })) } }, requester.token);
    const published = await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batch.data?.createBatch.id }, requester.token);
    if (published.errors) throw new Error(JSON.stringify(published.errors));
    if (gold.length) {
      const items = gold.map((g) => ({ input: { text: g.text }, answer: { label: g.label } }));
      await t.gql(`mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id } }`, { input: { projectId, items } }, requester.token);
    }
    return projectId;
  }

  it('bans a worker whose gold accuracy falls below the rule, says why, audits it, and an admin can lift it', async () => {
    const gold = ['g1', 'g2', 'g3', 'g4'].map((text) => ({ text, label: 'negative' }));
    const projectId = await project({ goldRatio: 0.5, qualityRules: { banBelowGoldAccuracy: 0.6, minGoldAnswers: 3 } }, ['a', 'b', 'c', 'd'], gold);
    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0;
    try {
      const [spammer, honest] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
      for (const [worker, label] of [[spammer, 'positive'], [honest, 'negative']] as const) {
        let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
        for (let i = 0; i < 3; i++) {
          expect(lease.input.text).toMatch(/^g/);
          const result = await submit(t, worker.token, lease.id, label);
          expect(result.data?.submitAnswer.status).toBe('SUBMITTED');
          lease = result.data?.submitAnswer.next;
        }
        // The third wrong gold answer bans the spammer: the answer is kept, no next task comes.
        if (worker === spammer) expect(lease).toBeNull();
      }
      const refused = await t.gql(CLAIM, { projectId }, spammer.token);
      expect(refused.errors?.[0].message).toBe('You cannot work on this project: Your estimated gold accuracy is 40% after 3 gold answers; this project requires 60%');
      const standing = (await t.gql(STANDING, { p: projectId }, spammer.token)).data?.myStanding;
      expect(standing.goldAccuracy.evidence).toBe(3);
      expect(standing.goldAccuracy.value).toBeCloseTo(0.4, 6); // (0 right + 0.7 × 4) / (3 + 4)
      expect(standing.goldAccuracy.lower).toBeLessThan(0.4);
      expect(standing.ban.reason).toContain('40%');
      // The values of the rule's reason, for the worker app to say it in French too: on the ban and on the refusal.
      const because = { accuracy: expect.closeTo(0.4, 6), goldAnswers: 3, threshold: 0.6 };
      expect(standing.ban.reasonParams).toEqual(because);
      expect(refused.errors?.[0].extensions?.reason).toEqual({ key: 'claim.banned', params: { reason: standing.ban.reason, ...because } });
      await t.settle(); // the feed's totals are kept by the event relay
      expect((await t.gql(`{ workerSummary { submitted } }`, {}, honest.token)).data?.workerSummary.submitted).toBe(3);
      const audit = await t.sql(`SELECT actor_id, action, reason FROM audit_events WHERE subject_id = $1`, [spammer.id]);
      expect(audit).toEqual([{ actor_id: null, action: 'RULE_BAN', reason: expect.stringContaining('40%') }]);

      const admin = await t.user(Role.ADMIN);
      const quality = await t.gql(`query($w: ID!) { workerQuality(workerId: $w) { displayName email projects { projectId projectName answers } bans { id reason projectId projectName } skills { skill evidence } submitted history { answers goldAccuracy rejected } } }`, { w: spammer.id }, admin.token);
      const ban = quality.data?.workerQuality.bans[0];
      // The admin sees whom they audit and, by name, the projects to ban them from or send answers back.
      const [who] = await t.sql(`SELECT display_name, email FROM users WHERE id = $1`, [spammer.id]);
      expect(quality.data?.workerQuality).toMatchObject({ displayName: who.display_name, email: who.email, projects: [{ projectId, projectName: 'Q', answers: 3 }] });
      // The audit names the project, not only its id.
      expect(ban).toMatchObject({ projectId, projectName: 'Q' });
      expect(quality.data?.workerQuality.submitted).toBe(3);
      expect(quality.data?.workerQuality.history).toEqual([{ answers: 3, goldAccuracy: 0, rejected: 0 }]);
      const lifted = await t.gql(`mutation($b: ID!, $r: String!) { liftBan(banId: $b, reason: $r) }`, { b: ban.id, r: 'Gold item g1 was ambiguous' }, admin.token);
      expect(lifted.data?.liftBan).toBe(true);
      expect((await t.gql(CLAIM, { projectId }, spammer.token)).data?.claimNext).not.toBeNull();
      expect((await t.sql(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id`, [spammer.id])).map((a) => a.action)).toEqual(['RULE_BAN', 'LIFT_BAN']);
      const asRequester = await t.gql(`mutation($b: ID!) { liftBan(banId: $b, reason: "because") }`, { b: ban.id }, requester.token);
      expect(asRequester.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      dispatch.random = Math.random;
    }
  });

  it('refuses to audit or ban a worker or project that does not exist, naming the field with its reason, and bans nobody', async () => {
    const admin = await t.user(Role.ADMIN);
    const worker = await t.user(Role.WORKER);
    const nobody = '00000000-0000-4000-8000-000000000000';
    // The English as clients read it, and the reasons the console words in French.
    const noWorker = {
      code: 'NOT_FOUND',
      fields: [{ path: 'workerId', message: 'No such worker', reason: { key: 'field.workerNotFound', params: {} } }],
      reason: { key: 'worker.notFound', params: {} },
    };
    const noProject = {
      code: 'NOT_FOUND',
      fields: [{ path: 'projectId', message: 'No such project', reason: { key: 'field.projectNotFound', params: {} } }],
      reason: { key: 'project.notFound', params: {} },
    };
    const audit = (w: string) => t.gql(`query($w: ID!) { workerQuality(workerId: $w) { submitted } }`, { w }, admin.token);
    const ban = (w: string, p: string | null) => t.gql(`mutation($w: ID!, $p: ID) { banWorker(workerId: $w, projectId: $p, reason: "Spam answers") }`, { w, p }, admin.token);
    for (const answer of [await audit('W-1234abcd'), await audit(nobody), await ban('W-1234abcd', null), await ban(nobody, null)]) {
      expect(answer.errors?.[0].extensions).toMatchObject(noWorker);
    }
    const projectId = await project({}, ['kept']);
    const sendBack = (w: string, p: string) => t.gql(`mutation($w: ID!, $p: ID!) { returnWorkerAnswers(workerId: $w, projectId: $p, reason: "Spam answers") }`, { w, p }, admin.token);
    expect((await sendBack('W-1234abcd', projectId)).errors?.[0].extensions).toMatchObject(noWorker);
    for (const answer of [await ban(worker.id, 'not-a-project'), await ban(worker.id, nobody), await sendBack(worker.id, 'not-a-project')]) {
      expect(answer.errors?.[0].extensions).toMatchObject(noProject);
    }
    expect(await t.sql(`SELECT id FROM worker_bans WHERE worker_id = $1`, [worker.id])).toEqual([]);
  });

  it('flags answers faster than the minimum time, and shows the worker the flag', async () => {
    const projectId = await project({ qualityRules: { minAnswerSeconds: 30 } }, ['quick']);
    const worker = await t.user(Role.WORKER);
    const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    await submit(t, worker.token, lease.id, 'neutral');
    const standing = (await t.gql(STANDING, { p: projectId }, worker.token)).data?.myStanding;
    expect(standing.flags).toEqual([
      {
        kind: 'FAST_ANSWER',
        detail: expect.stringMatching(/^Answered in \d+\.\d s; this project expects at least 30 s$/),
        // The values the detail names, for the apps to word.
        detailParams: { seconds: expect.any(Number), minSeconds: 30 },
      },
    ]);
    expect(standing.flags[0].detail).toContain(`Answered in ${standing.flags[0].detailParams.seconds.toFixed(1)} s`);
  });

  it('caps tasks per worker per day', async () => {
    const projectId = await project({ qualityRules: { dailyCap: 2 } }, ['1', '2', '3']);
    const worker = await t.user(Role.WORKER);
    let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    lease = (await submit(t, worker.token, lease.id, 'neutral')).data?.submitAnswer.next;
    expect((await submit(t, worker.token, lease.id, 'neutral')).data?.submitAnswer).toMatchObject({ status: 'SUBMITTED', next: null });
    const third = await t.gql(CLAIM, { projectId }, worker.token);
    expect(third.errors?.[0].message).toContain('limit of 2 tasks today');
    expect(third.errors?.[0].extensions?.reason).toEqual({ key: 'claim.dailyCap', params: { cap: 2 } });
    expect((await t.gql(STANDING, { p: projectId }, worker.token)).data?.myStanding).toMatchObject({ answersToday: 2, rules: { dailyCap: 2 } });
  });

  it('requires skills', async () => {
    const projectId = await project({ qualityRules: { requiredSkills: [{ skill: 'kind:CLASSIFICATION', min: 0.8 }] } }, ['x']);
    const worker = await t.user(Role.WORKER);
    const refused = (await t.gql(CLAIM, { projectId }, worker.token)).errors?.[0];
    expect(refused?.message).toBe('This project needs these skills: kind:CLASSIFICATION');
    expect(refused?.extensions?.reason).toEqual({ key: 'claim.skills', params: { skills: ['kind:CLASSIFICATION'] } });
    await t.sql(`INSERT INTO worker_skills (worker_id, skill, correct, total, value) VALUES ($1, 'kind:CLASSIFICATION', 9, 10, 0.84)`, [worker.id]);
    expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.input).toEqual({ text: 'x' });
  });

  it('dynamic overlap: stops at the minimum when sure, asks for more answers while unsure', async () => {
    const projectId = await project({ overlap: 4, qualityRules: { minOverlap: 2, confidenceTarget: 0.9 } }, ['clear', 'unclear']);
    const votes: Record<string, string[]> = { clear: ['positive', 'positive'], unclear: ['positive', 'negative'] };
    for (let w = 0; w < 2; w++) {
      const worker = await t.user(Role.WORKER);
      let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      while (lease) lease = (await submit(t, worker.token, lease.id, votes[lease.input.text][w])).data?.submitAnswer.next;
    }
    const tasks = await t.sql(`SELECT input->>'text' AS text, status, target_overlap, submitted_count FROM tasks WHERE project_id = $1 ORDER BY id`, [projectId]);
    expect(tasks).toEqual([
      { text: 'clear', status: 'COMPLETED', target_overlap: 2, submitted_count: 2 },
      { text: 'unclear', status: 'OPEN', target_overlap: 3, submitted_count: 2 },
    ]);
    const third = await t.user(Role.WORKER);
    expect((await t.gql(CLAIM, { projectId }, third.token)).data?.claimNext.input).toEqual({ text: 'unclear' });
  });

  it('refuses inconsistent rules, naming the field', async () => {
    const bad = await t.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'Bad', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2, qualityRules: { minOverlap: 3, confidenceTarget: 0.9 } } },
      requester.token,
    );
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { path: 'qualityRules.minOverlap', message: 'Must not exceed the overlap (2)', reason: { key: 'field.aboveOverlap', params: { overlap: 2 } } },
    ]);
  });

  it('runs Dawid-Skene over a batch and reports the project’s agreement, confidence and savings', async () => {
    const projectId = await project({ overlap: 3 }, ['p1', 'p2', 'p3', 'p4']);
    const votes = [
      ['positive', 'negative', 'positive', 'neutral'],
      ['positive', 'negative', 'positive', 'neutral'],
      ['positive', 'negative', 'negative', 'neutral'],
    ];
    for (const answers of votes) {
      const worker = await t.user(Role.WORKER);
      let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      for (const label of answers) lease = (await submit(t, worker.token, lease.id, label)).data?.submitAnswer.next;
    }
    await t.settle();
    const [batch] = await t.sql(`SELECT id, status FROM batches WHERE project_id = $1`, [projectId]);
    expect(batch.status).toBe('COMPLETED');
    const run = await t.gql(`mutation($b: ID!) { aggregateBatch(batchId: $b) { items answers iterations alpha } }`, { b: batch.id }, requester.token);
    expect(run.data?.aggregateBatch).toMatchObject({ items: 4, answers: 12 });
    expect(run.data?.aggregateBatch.alpha).toBeGreaterThan(0.5);
    const results = await t.gql(`query($p: ID!) { projectResults(projectId: $p) { items { input aggregate { method voteKey confidence } } } }`, { p: projectId }, requester.token);
    const byText = Object.fromEntries(results.data?.projectResults.items.map((i: { input: { text: string }; aggregate: unknown }) => [i.input.text, i.aggregate]));
    expect(byText).toMatchObject({
      p1: { method: 'DAWID_SKENE', voteKey: 'positive' },
      p2: { voteKey: 'negative' },
      p3: { voteKey: 'positive' },
      p4: { voteKey: 'neutral' },
    });
    expect(byText.p1.confidence).toBeGreaterThan(0.9);

    const quality = (await t.gql(`query($p: ID!) { projectQuality(projectId: $p) { alpha confidence { from items } acceptedAnswers answersSaved } }`, { p: projectId }, requester.token)).data?.projectQuality;
    expect(quality.confidence.reduce((n: number, b: { items: number }) => n + b.items, 0)).toBe(4);
    expect(quality).toMatchObject({ acceptedAnswers: 0, answersSaved: 0 });
    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(`query($p: ID!) { projectQuality(projectId: $p) { alpha } }`, { p: projectId }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('flags a worker whose answers keep disagreeing with the consensus', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `a${i}`);
    const projectId = await project({ overlap: 3, qualityRules: { flagBelowAgreement: 0.6 } }, items);
    const workers = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    for (const [w, worker] of workers.entries()) {
      let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      while (lease) lease = (await submit(t, worker.token, lease.id, w === 2 ? 'negative' : 'positive')).data?.submitAnswer.next;
    }
    await t.settle(); // agreement is checked as completions are relayed
    const flags = async (token: string) => (await t.gql(STANDING, { p: projectId }, token)).data?.myStanding.flags;
    expect(await flags(workers[2].token)).toEqual([
      {
        kind: 'LOW_AGREEMENT',
        detail: 'Your answers agreed with the consensus on 0 of 10 items (0%); this project expects 60%',
        detailParams: { agreed: 0, items: 10, expected: 0.6 },
      },
    ]);
    expect(await flags(workers[0].token)).toEqual([]);
    const admin = await t.user(Role.ADMIN);
    const audit = async (id: string) => (await t.gql(`query($w: ID!) { workerQuality(workerId: $w) { agreement agreementAnswers submitted rejected acceptedRewardCents } }`, { w: id }, admin.token)).data?.workerQuality;
    // The agreement says how many answers it is measured on.
    expect(await audit(workers[2].id)).toEqual({ agreement: 0, agreementAnswers: 10, submitted: 10, rejected: 0, acceptedRewardCents: 0 });
    expect((await audit(workers[0].id)).agreement).toBe(1);
  });

  it('training shows the right answer after a gold item; an exam grants its skill; a contested gold item is corrected and re-scored', async () => {
    const gold = [{ text: 'gA', label: 'negative' }, { text: 'gB', label: 'negative' }];
    const SUBMIT_WITH_FEEDBACK = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { status feedback { score expected explanation } next { id input } } }`;
    const answer = (token: string, id: string, label: string) =>
      t.gql(SUBMIT_WITH_FEEDBACK, { input: { assignmentId: id, answer: { label }, idempotencyKey: `k-${id}-${label}-${Math.random()}` } }, token);
    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0;
    try {
      const training = await project({ goldRatio: 0.5, qualityRules: { training: true } }, ['t1', 't2'], gold);
      const learner = await t.user(Role.WORKER);
      const lease = (await t.gql(CLAIM, { projectId: training }, learner.token)).data?.claimNext;
      const wrong = await answer(learner.token, lease.id, 'positive');
      expect(wrong.data?.submitAnswer.feedback).toEqual({ score: 0, expected: { label: 'negative' }, explanation: null });

      const exam = await project({ goldRatio: 0.5, qualityRules: { examGoldAnswers: 2, examPassAccuracy: 0.75, examGrantsSkill: 'lang:fr' } }, ['e1', 'e2'], gold);
      const candidate = await t.user(Role.WORKER);
      let next = (await t.gql(CLAIM, { projectId: exam }, candidate.token)).data?.claimNext;
      for (let i = 0; i < 2; i++) {
        const result = await answer(candidate.token, next.id, 'negative');
        expect(result.data?.submitAnswer.feedback).toBeNull(); // not a training project: gold stays hidden
        next = result.data?.submitAnswer.next;
      }
      const skills = (await t.gql(`{ mySkills { skill projectName value evidence } }`, {}, candidate.token)).data?.mySkills;
      expect(skills.find((k: { skill: string }) => k.skill === 'lang:fr')).toMatchObject({ evidence: 2, projectName: null });
      expect(skills.map((k: { skill: string }) => k.skill)).toEqual(expect.arrayContaining(['kind:CLASSIFICATION', `project:${exam}`]));
      // A worker reads a project's skill by the project's name, here and on its standing page.
      const [{ name }] = await t.sql(`SELECT name FROM projects WHERE id = $1`, [exam]);
      expect(skills.find((k: { skill: string }) => k.skill === `project:${exam}`).projectName).toBe(name);
      const standing = (await t.gql(`query($p: ID!) { myStanding(projectId: $p) { projectName goldAccuracy { projectName } } }`, { p: exam }, candidate.token)).data?.myStanding;
      expect(standing).toEqual({ projectName: name, goldAccuracy: { projectName: name } });

      const contested = await t.gql(`mutation($a: ID!, $m: String!) { contestGold(assignmentId: $a, message: $m) { id status goldAnswer given } }`, { a: lease.id, m: 'The review says it works great, this is positive.' }, learner.token);
      expect(contested.data?.contestGold).toMatchObject({ status: 'OPEN', goldAnswer: { label: 'negative' }, given: { label: 'positive' } });
      const notGold = await t.gql(`mutation($a: ID!, $m: String!) { contestGold(assignmentId: $a, message: $m) { id } }`, { a: next.id, m: 'This one is not even answered yet.' }, candidate.token);
      expect(notGold.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const open = (await t.gql(`{ goldContests { id projectId projectConfig } }`, {}, requester.token)).data?.goldContests;
      const mine = open.find((c: { projectId: string }) => c.projectId === training);
      // The project's labels come with it, so a list of every project's contests names answers by their texts.
      expect(mine.projectConfig.labels).toContainEqual(expect.objectContaining({ value: 'positive', text: 'Positive' }));
      const settled = await t.gql(
        `mutation($c: ID!, $a: JSON, $n: String!) { settleGoldContest(contestId: $c, correctedAnswer: $a, note: $n) { status } }`,
        { c: mine.id, a: { label: 'positive' }, n: 'Indeed positive' },
        requester.token,
      );
      expect(settled.data?.settleGoldContest.status).toBe('CORRECTED');
      expect(await t.sql(`SELECT gold_score FROM assignments WHERE id = $1`, [lease.id])).toEqual([{ gold_score: 1 }]);
      const [skill] = await t.sql(`SELECT correct, total FROM worker_skills WHERE worker_id = $1 AND skill = $2`, [learner.id, `project:${training}`]);
      expect(skill).toEqual({ correct: 1, total: 1 });
    } finally {
      dispatch.random = Math.random;
    }
  });

  it('sends a worker’s unreviewed answers back: their items reopen for others, unpaid, audited', async () => {
    const projectId = await project({ overlap: 1 }, ['r1', 'r2', 'r3']);
    const [spammer, other] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    let lease = (await t.gql(CLAIM, { projectId }, spammer.token)).data?.claimNext;
    lease = (await submit(t, spammer.token, lease.id, 'negative')).data?.submitAnswer.next;
    await submit(t, spammer.token, lease.id, 'negative');
    await t.settle();
    expect(await t.sql(`SELECT completed_count FROM batches WHERE project_id = $1`, [projectId])).toEqual([{ completed_count: 2 }]);
    const progress: string[] = [];
    t.app.get(EventBus).onEvent((e) => e.projectId === projectId && e.type === 'batch.progress' && progress.push(`${e.completedCount}/${e.itemCount}`));
    const RETURN = `mutation($p: ID!, $w: ID!, $r: String!) { returnWorkerAnswers(projectId: $p, workerId: $w, reason: $r) }`;
    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(RETURN, { p: projectId, w: spammer.id, r: 'Spam' }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(RETURN, { p: projectId, w: spammer.id, r: 'Answered at random' }, requester.token)).data?.returnWorkerAnswers).toBe(2);
    const tasks = await t.sql(`SELECT input->>'text' AS text, status, submitted_count, live_count, consensus FROM tasks WHERE project_id = $1 ORDER BY id`, [projectId]);
    expect(tasks).toEqual([
      { text: 'r1', status: 'OPEN', submitted_count: 0, live_count: 0, consensus: null },
      { text: 'r2', status: 'OPEN', submitted_count: 0, live_count: 0, consensus: null },
      { text: 'r3', status: 'OPEN', submitted_count: 0, live_count: 1, consensus: null }, // still leased: the submit handed it over
    ]);
    expect((await t.gql(CLAIM, { projectId }, other.token)).data?.claimNext.input).toEqual({ text: 'r1' });
    expect(await t.sql(`SELECT action, reason FROM audit_events WHERE subject_id = $1`, [spammer.id])).toEqual([{ action: 'ANSWERS_RETURNED', reason: 'Answered at random' }]);
    expect(await t.sql(`SELECT completed_count, status FROM batches WHERE project_id = $1`, [projectId])).toEqual([{ completed_count: 0, status: 'PUBLISHED' }]);
    await t.settle();
    expect(progress).toEqual(['1/3', '0/3']); // the requester's progress moves back, item by item
  });
});
