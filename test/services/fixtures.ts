import { contract } from '../support/contract';
import type { GraphQLClient } from '../support/server';

/** A foreign investor owned by the client's office (so that office may accept applications for it). */
export async function createInvestor(client: GraphQLClient, name: string): Promise<string> {
  const { createInvestor } = await client.ok(contract('CreateInvestor'), {
    input: { name, origin: 'FOREIGN', countryCode: 'DE', sectorCodes: ['10'] },
  });
  return createInvestor.id as string;
}

export interface AcceptedApplication {
  id: string;
  status: string;
  acceptedAt: string;
  forwardDueAt: string;
  receipt: { number: string; issuedAt: string; expectedResultOn: string };
}

/** Accepts an investor-visa petition (the Appendix form with consent) through the contract operation. */
export async function accept(client: GraphQLClient, investorId: string, extra: Record<string, unknown> = {}): Promise<AcceptedApplication> {
  const { acceptServiceApplication } = await client.ok(contract('AcceptServiceApplication'), {
    input: applicationInput(investorId, extra),
  });
  return acceptServiceApplication as AcceptedApplication;
}

export function applicationInput(investorId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    investorId,
    serviceCode: 'INVESTOR_VISA_PETITION',
    applicantName: 'Hans Müller, managing director',
    identityDocument: 'Passport of the Federal Republic of Germany C01X00T47, issued 2021-05-04',
    documents: [{ title: 'Petition letter' }, { title: 'Copy of the passport' }],
    consentToDataUse: true,
    ...extra,
  };
}

/** Almaty wall-clock time (UTC+5 since March 2024) as an instant. */
export const almaty = (local: string): string => new Date(`${local}+05:00`).toISOString();

/** The last millisecond of an Almaty date, as the API gives deadlines. */
export const endOfDay = (date: string): string => almaty(`${date}T23:59:59.999`);

/** The provider completes the current steps up to `through` (Order 489), each at `at` (default now). */
export async function completeSteps(provider: GraphQLClient, applicationId: string, through: number, at?: string): Promise<void> {
  const { serviceApplication } = await provider.ok(contract('ServiceApplicationSteps'), { id: applicationId });
  for (let order = serviceApplication.currentStep.order as number; order <= through; order++) {
    await provider.ok(contract('CompleteServiceStep'), { applicationId, order, at, deliveryMethod: order === 9 ? 'COURIER' : undefined });
  }
}
