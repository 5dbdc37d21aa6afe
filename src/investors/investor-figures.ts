import type { QuarterFigure, QuarterFigureSource } from '../reports/quarter-figure-source';
import type { InvestorRepository } from './investor.repository';

/** The investors' figure in an office's quarterly report (chapter 5) and its NEW_INVESTORS KPI: those it took on in the period. */
export class InvestorFigureSource implements QuarterFigureSource {
  constructor(private readonly investors: InvestorRepository) {}

  async quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]> {
    return [{ name: 'investors.new', value: String(await this.investors.countCreated(officeId, from, to)) }];
  }
}
