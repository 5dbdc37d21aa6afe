import type { EntityManager } from 'typeorm';
import { addCalendarDays, todayInAlmaty } from '../src/calendar/almaty-time';
import { FollowUp } from '../src/engagement/follow-up.entity';
import { Interaction, type InteractionKind } from '../src/engagement/interaction.entity';
import { INTERACTION_POLICY } from '../src/engagement/interaction.policy';
import { recordCreations } from '../src/db/transactions';

/** A demo contact of an office with the `lead`-th investor it owns (oldest first), `daysAgo` days before the day of seeding. */
interface DemoInteraction {
  officeCode: string;
  lead: number;
  kind: `${InteractionKind}`;
  daysAgo: number;
  summary: string;
  outcome?: string;
  participants: string[];
  /** Due `dueInDays` after the day of seeding (negative: already overdue unless done). */
  followUp?: { action: string; dueInDays: number; done?: boolean };
}

const DEMO_INTERACTIONS: DemoInteraction[] = [
  {
    officeCode: 'EMB-DE',
    lead: 0,
    kind: 'MEETING',
    daysAgo: 40,
    summary: 'First meeting at the embassy: plans for a plant in Kazakhstan.',
    outcome: 'Interested; asked for site options.',
    participants: ['Head of international expansion'],
    followUp: { action: 'Send three industrial site options', dueInDays: -30, done: true },
  },
  {
    officeCode: 'EMB-DE',
    lead: 0,
    kind: 'VISIT',
    daysAgo: 12,
    summary: 'Visit to the company headquarters with the National Company.',
    participants: ['CEO', 'CFO'],
    followUp: { action: 'Arrange the site visit to Almaty region', dueInDays: -3 },
  },
  {
    officeCode: 'EMB-DE',
    lead: 1,
    kind: 'CALL',
    daysAgo: 5,
    summary: 'Call on the state support available for the project.',
    participants: ['Project director'],
    followUp: { action: 'Send the investment preferences brochure', dueInDays: 7 },
  },
  {
    officeCode: 'EMB-DE',
    lead: 2,
    kind: 'EVENT',
    daysAgo: 20,
    summary: 'Met at the Kazakhstan business forum in Berlin.',
    participants: ['Managing director'],
    followUp: { action: 'Invite to the round table on logistics', dueInDays: -6 },
  },
  {
    officeCode: 'EMB-CN',
    lead: 0,
    kind: 'MEETING',
    daysAgo: 25,
    summary: 'Meeting on the copper processing project.',
    outcome: 'Wants a meeting with the regional organization.',
    participants: ['Vice president'],
    followUp: { action: 'Set up a meeting with RO-KZ-75', dueInDays: -10 },
  },
  {
    officeCode: 'EMB-CN',
    lead: 1,
    kind: 'CORRESPONDENCE',
    daysAgo: 3,
    summary: 'Letter with the draft memorandum of understanding.',
    participants: ['Legal department'],
    followUp: { action: 'Collect comments on the memorandum', dueInDays: 10 },
  },
  {
    officeCode: 'RO-KZ-75',
    lead: 0,
    kind: 'VISIT',
    daysAgo: 8,
    summary: 'Site visit to the industrial zone.',
    outcome: 'Shortlisted two plots.',
    participants: ['Investor delegation (4)'],
    followUp: { action: 'Request the utility connection terms', dueInDays: -1 },
  },
  {
    officeCode: 'NC-KI',
    lead: 0,
    kind: 'MEETING',
    daysAgo: 15,
    summary: 'Project structuring meeting.',
    participants: ['Project team'],
    followUp: { action: 'Prepare the support measures map', dueInDays: 14 },
  },
];

/** Each office's demo account manager: its OFFICER persona (seeds/demo-data.ts). */
const ACCOUNT_MANAGERS: Record<string, string> = {
  'EMB-DE': 'dana.kassymova@irm.demo',
  'EMB-CN': 'bauyrzhan.ospanov@irm.demo',
  'RO-KZ-75': 'aliya.serikbayeva@irm.demo',
  'NC-KI': 'daniyar.sadykov@irm.demo',
};

/**
 * Demo interactions and follow-ups (some overdue) of the demo offices, dated from the day of
 * seeding so that a new user sees the pipeline at work; their account managers; a change event
 * for each, addressed by the engagement policy. Runs in the demo seeding's transaction.
 */
export async function seedEngagementDemo(m: EntityManager, today = todayInAlmaty(new Date())): Promise<void> {
  const ids = async (sql: string, params: unknown[]) => ((await m.query(sql, params)) as { id: string }[]).map((r) => r.id);
  const officeId = async (code: string) => (await ids(`SELECT id FROM office WHERE code = $1`, [code]))[0];
  const userId = async (email: string) => (await ids(`SELECT id FROM app_user WHERE email = $1`, [email]))[0];
  const leads = async (code: string) =>
    ids(`SELECT i.id FROM investor i JOIN office o ON o.id = i.owner_office_id WHERE o.code = $1 ORDER BY i.created_at, i.id`, [code]);
  for (const [code, email] of Object.entries(ACCOUNT_MANAGERS)) {
    await m.query(`UPDATE investor SET account_manager_id = $1 WHERE id = ANY($2::uuid[])`, [await userId(email), await leads(code)]);
  }
  const recorded: string[] = [];
  for (const d of DEMO_INTERACTIONS) {
    const investorId = (await leads(d.officeCode))[d.lead];
    const [office, author] = [await officeId(d.officeCode), await userId(ACCOUNT_MANAGERS[d.officeCode]!)];
    if (!investorId || !office || !author) continue;
    const occurredOn = addCalendarDays(today, -d.daysAgo);
    const interaction = await m.getRepository(Interaction).save(
      Object.assign(new Interaction(), {
        kind: d.kind as InteractionKind,
        investorId,
        projectId: null,
        occurredOn,
        summary: d.summary,
        outcome: d.outcome ?? null,
        participants: d.participants,
        officeId: office,
        authorId: author,
      }),
    );
    if (d.followUp) {
      const dueOn = addCalendarDays(today, d.followUp.dueInDays);
      await m.getRepository(FollowUp).save(
        Object.assign(new FollowUp(), {
          interactionId: interaction.id,
          investorId,
          action: d.followUp.action,
          dueOn,
          doneAt: d.followUp.done ? new Date() : null,
          doneById: d.followUp.done ? author : null,
        }),
      );
    }
    recorded.push(interaction.id);
  }
  await recordCreations(m, INTERACTION_POLICY, recorded);
}
