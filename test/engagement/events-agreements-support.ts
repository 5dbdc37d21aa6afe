import { contract } from '../support/contract';
import type { GraphQLClient } from '../support/server';

/** Shared pieces of the investment-event and agreement tests (issue 9). */
export const PROPOSE = contract('ProposeInvestmentEvent');
export const DECIDE = contract('DecideInvestmentEvent');
export const ADD_PARTICIPANT = contract('AddEventParticipant');
export const EVENTS = contract('InvestmentEvents');
export const RECORD_AGREEMENT = contract('RecordAgreement');
export const UPDATE_COMMITMENT = contract('UpdateCommitment');
export const AGREEMENT = contract('Agreement');
export const AGREEMENTS = contract('Agreements');
export const CANCEL = `mutation($id: ID!, $note: String) {
  cancelInvestmentEvent(id: $id, note: $note) { id status cancelledAt cancellationNote version }
}`;

export async function officeIdsByCode(client: GraphQLClient): Promise<Record<string, string>> {
  const { offices } = await client.ok<{ offices: { id: string; code: string }[] }>(`{ offices { id code } }`);
  return Object.fromEntries(offices.map((o) => [o.code, o.id]));
}

/** A new investor owned by the caller's office. */
export async function createInvestor(client: GraphQLClient, name: string, countryCode: string): Promise<string> {
  const origin = countryCode === 'KZ' ? 'DOMESTIC' : 'FOREIGN';
  const { createInvestor } = await client.ok(contract('CreateInvestor'), { input: { name, origin, countryCode } });
  return createInvestor.id;
}

export const eventInput = (extra: Record<string, unknown> = {}) => ({
  kind: 'ROAD_SHOW',
  title: 'Kazakhstan investment road show',
  countryCode: 'DE',
  city: 'Frankfurt am Main',
  startsOn: '2026-10-12',
  endsOn: '2026-10-13',
  ...extra,
});

export async function propose(client: GraphQLClient, extra: Record<string, unknown> = {}) {
  return (await client.ok(PROPOSE, { input: eventInput(extra) })).proposeInvestmentEvent;
}

export { changesOf } from '../support/change-events';
