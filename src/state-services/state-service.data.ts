import type { StateService } from './state-service.entity';

/**
 * The catalogue as seeded by the migration. The investor-visa petition's steps are Order 489
 * of 15 June 2016, paragraph 5 (reference/investor-visa-service-regulation-order489-2016.txt);
 * its provider is the demo office SP-VISA, resolved by code when an application is accepted.
 */
export const STATE_SERVICES: StateService[] = [
  {
    code: 'INVESTOR_VISA_PETITION',
    name:
      'Issue of an application (petition) for an investor visa for non-residents of the Republic of Kazakhstan and persons ' +
      'carrying out investment activities in the territory of the Republic of Kazakhstan',
    termWorkingDays: 10,
    steps: [
      { order: 1, name: 'Registration of the request and issue of a receipt on acceptance of documents', duration: 'PT15M' },
      { order: 2, name: 'Transfer of the request to the head of the service provider', duration: 'PT1H' },
      { order: 3, name: 'Endorsement of the head and appointment of the responsible structural unit', duration: 'PT2H' },
      { order: 4, name: 'Endorsement of the head of the unit and appointment of the responsible executive employee', duration: 'PT2H' },
      { order: 5, name: 'Consideration of the request; the result sent to the head of the structural unit for approval', duration: 'P9D' },
      { order: 6, name: 'Approval of the result by the head of the structural unit', duration: 'PT2H' },
      { order: 7, name: 'Signing of the result by the head of the service provider', duration: 'PT2H' },
      { order: 8, name: "Sending of the result to the service provider's administrative office", duration: 'PT1H' },
      { order: 9, name: 'Sending of the result to the service recipient by courier or mail', duration: 'PT1H' },
    ],
    // Paragraph 5.7: the head of the service provider signs the result.
    resultSigningStep: 7,
    providerOfficeCode: 'SP-VISA',
    source:
      'Steps: Order No. 489 of the Acting Minister for Investments and Development of 15 June 2016, paragraph 5 (expired by ' +
      'Order No. 11-1-4/184 of 3 June 2020). Term: the steps sum to 9 working days + 11 h 15 min; the service Standard that ' +
      'sets the term (Order No. 301 of 29 March 2016) is not among our reference texts, so the term is taken as 10 working ' +
      'days: the 9-day step plus one working day for the hour-long steps. Correct this row when the Standard is at hand.',
  },
];
