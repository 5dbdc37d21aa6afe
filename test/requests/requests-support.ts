import { contract } from '../support/contract';
import type { GraphQLClient } from '../support/server';

/** Shared pieces of the investor-request tests. */
export const SUBMIT = contract('SubmitInvestorRequest');
export const ANSWER = contract('AnswerInvestorRequest');
export const LIST = contract('InvestorRequests');
export const FORWARD = `mutation($id: ID!, $toOfficeId: ID!, $note: String) {
  forwardInvestorRequest(id: $id, toOfficeId: $toOfficeId, note: $note) {
    id dueAt status assignedOffice { code }
    handoffs { fromOffice { code } toOffice { code } at actor { id } note }
  }
}`;
export const GET = `query($id: ID!) {
  investorRequest(id: $id) {
    id kind subject body receivedAt dueAt status overdue answer answeredAt answeredOnTime
    investor { id } assignedOffice { code } answeredBy { id }
    handoffs { fromOffice { code } toOffice { code } at actor { id } note }
  }
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

export interface SubmitFields {
  investorId: string;
  kind?: string;
  subject?: string;
  body?: string;
  receivedAt?: string;
  assignedOfficeId?: string;
}

/** Submits a request and returns what SubmitInvestorRequest selects. */
export async function submit(client: GraphQLClient, fields: SubmitFields) {
  const { submitInvestorRequest } = await client.ok(SUBMIT, { input: { kind: 'INFORMATION', subject: 'Electricity tariffs', ...fields } });
  return submitInvestorRequest;
}
