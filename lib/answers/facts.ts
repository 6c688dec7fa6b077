/**
 * Facts that quick answers and coverage corrections quote, computed from the records on a
 * date so an answer never retypes a count, a date or a status. In the content files they
 * are written as tokens: `{parties}`, `{status:USA}`, `{not-bound:CHN,RUS}`, `{fig:<id>}`…
 */
import type { Instrument, ReportedFigure, StateRecord } from '../content/schemas';
import { instrumentDate } from '../compare/order';
import { formatDate } from '../dates';
import { figureTokenIds, formatFigure } from '../figureText';
import {
  BOUND_STATUSES,
  OTTAWA_ENTRY_INTO_FORCE,
  countParties,
  ottawaStatusOn,
  type OttawaStatus,
} from '../ottawaStatus';
import { policyInForce } from '../policyInForce';
import { apiiStatusOn } from '../apii';
import { departures } from '../statesTable';
import { localeTools, type Locale } from '../i18n';
import { formatFigureIn } from '../i18n/figures';

export interface FactContext {
  states: readonly StateRecord[];
  instruments: readonly Instrument[];
  /** The reported count of States Parties that the count is carried forward from. */
  reportedParties: ReportedFigure;
  figure: (id: string) => ReportedFigure;
  /** The date every status and count is computed for (the state records' review date). */
  date: string;
  /** The language the facts are written in (default English): names, dates, lists and statuses. */
  locale?: Locale;
}

/** A state's Ottawa status in prose, to follow "is". */
export const statusPhrases: Record<OttawaStatus, string> = {
  party: 'a State Party',
  'awaiting-entry-into-force': 'joined, with the treaty not yet in force for it',
  signatory: 'a signatory that has not ratified',
  'not-signed': 'not a party, having neither signed nor acceded',
  'withdrawal-pending': 'a State Party whose withdrawal has not yet taken effect',
  withdrawn: 'no longer a party, its withdrawal having taken effect',
  contested: 'still counted as a State Party, though its status is contested',
  unverified: 'of a status we do not state, as our record is not yet verified',
};

/** "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'none';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function stateByIso(ctx: FactContext, iso: string): StateRecord {
  const state = ctx.states.find((s) => s.iso === iso);
  if (!state) throw new Error(`No state record ${iso}`);
  return state;
}

/** How the context's language writes dates, names, lists and figures. */
function words(ctx: FactContext) {
  const locale = ctx.locale ?? 'en';
  const t = localeTools(locale);
  return {
    ...t,
    date: (iso: string | null | undefined) => (locale === 'en' ? formatDate(iso) : t.date(iso)),
    list: (names: readonly string[]) => (locale === 'en' ? joinNames(names) : t.list(names)),
    figure: (f: Pick<ReportedFigure, 'value' | 'unit'>) =>
      locale === 'en' ? formatFigure(f) : formatFigureIn(locale, f),
  };
}

const isos = (arg: string) => arg.split(',').map((s) => s.trim());

/** Facts without an argument. */
const plainFacts = {
  parties: (ctx: FactContext) =>
    words(ctx).figure({
      value: countParties(ctx.states, ctx.date, ctx.reportedParties).value,
      unit: ctx.reportedParties.unit,
    }),
  /** Withdrawals that have taken effect, each with its date. */
  withdrawn: (ctx: FactContext) => {
    const done = departures(ctx.states).filter(
      (d) => d.kind === 'withdrawal' && d.effective && d.effective <= ctx.date,
    );
    const w = words(ctx);
    const byDate = new Map<string, string[]>();
    for (const d of done) byDate.set(d.effective!, [...(byDate.get(d.effective!) ?? []), w.stateName(d.state)]);
    return w.list([...byDate].map(([date, names]) => `${w.list(names)} (${w.date(date)})`));
  },
  'withdrawn-count': (ctx: FactContext) =>
    String(
      departures(ctx.states).filter((d) => d.kind === 'withdrawal' && d.effective && d.effective <= ctx.date).length,
    ),
  /** Withdrawals notified but not yet in effect. */
  'withdrawals-pending': (ctx: FactContext) =>
    words(ctx).list(
      ctx.states.filter((s) => ottawaStatusOn(s.ottawa, ctx.date) === 'withdrawal-pending').map(words(ctx).stateName),
    ),
  'signed-only': (ctx: FactContext) =>
    words(ctx).list(
      ctx.states.filter((s) => ottawaStatusOn(s.ottawa, ctx.date) === 'signatory').map(words(ctx).stateName),
    ),
  'ottawa-in-force': (ctx: FactContext) => words(ctx).date(OTTAWA_ENTRY_INTO_FORCE),
  'us-policy': (ctx: FactContext) => {
    const policy = policyInForce(ctx.instruments, 'united-states', ctx.date);
    if (!policy) throw new Error('No U.S. policy in force');
    // The policy's title is English data: an edition names it by its date instead.
    return words(ctx).m.answerFacts.usPolicy(policy.shortTitle, words(ctx).date(instrumentDate(policy)));
  },
  /** The policy's own one-sentence summary, from its instrument record. */
  'us-policy-summary': (ctx: FactContext) => {
    const policy = policyInForce(ctx.instruments, 'united-states', ctx.date);
    if (!policy) throw new Error('No U.S. policy in force');
    // An edition reads the summary in its own words, kept beside the English in the record.
    const locale = ctx.locale ?? 'en';
    if (locale === 'en') return policy.summary;
    const translated = policy.summaryTranslations?.[locale];
    if (!translated) throw new Error(`${policy.id}: no ${locale} summary (summaryTranslations.${locale})`);
    return translated;
  },
  'as-of': (ctx: FactContext) => words(ctx).date(ctx.date),
} satisfies Record<string, (ctx: FactContext) => string>;

/** Facts about one or more states, named by ISO code. */
const stateFacts = {
  status: (ctx: FactContext, arg: string) =>
    words(ctx).m.statusPhrase[ottawaStatusOn(stateByIso(ctx, arg).ottawa, ctx.date)],
  consent: (ctx: FactContext, arg: string) => words(ctx).date(stateByIso(ctx, arg).ottawa.consent),
  suspension: (ctx: FactContext, arg: string) => words(ctx).date(stateByIso(ctx, arg).ottawa.suspensionNotified),
  'withdrawal-effective': (ctx: FactContext, arg: string) =>
    words(ctx).date(stateByIso(ctx, arg).ottawa.withdrawalEffective),
  apii: (ctx: FactContext, arg: string) => {
    const status = apiiStatusOn(stateByIso(ctx, arg).ccwAmendedProtocolII, ctx.date);
    const { m, date } = words(ctx);
    switch (status.kind) {
      case 'bound':
        return m.apiiPhrase.bound(date(status.since));
      case 'awaiting-entry-into-force':
        return m.apiiPhrase['awaiting-entry-into-force'](date(status.from));
      case 'bound-by':
        return m.apiiPhrase['bound-by'](date(status.date));
      case 'not-bound':
        return m.apiiPhrase['not-bound']();
      case 'unverified':
        return m.apiiPhrase.unverified();
    }
  },
  /** Those of the listed states that are not bound by the Ottawa Treaty on the date. */
  'not-bound': (ctx: FactContext, arg: string) =>
    words(ctx).list(
      isos(arg)
        .map((iso) => stateByIso(ctx, iso))
        .filter((s) => !BOUND_STATUSES.includes(ottawaStatusOn(s.ottawa, ctx.date)))
        .map(words(ctx).stateName),
    ),
} satisfies Record<string, (ctx: FactContext, arg: string) => string>;

const plainFactByName: ReadonlyMap<string, (ctx: FactContext) => string> = new Map(Object.entries(plainFacts));
const stateFactByName: ReadonlyMap<string, (ctx: FactContext, arg: string) => string> = new Map(
  Object.entries(stateFacts),
);

const TOKEN = /\{([a-z-]+)(?::([A-Z, ]+))?\}/g;

export interface TokenProblem {
  token: string;
  message: string;
}

/** Checks every token in a text against the fact names and the state records (for validation). */
export function factTokenProblems(
  text: string,
  stateIsos: ReadonlySet<string>,
  figureIds: ReadonlySet<string>,
): TokenProblem[] {
  const problems: TokenProblem[] = [];
  for (const id of figureTokenIds(text))
    if (!figureIds.has(id))
      problems.push({ token: `{fig:${id}}`, message: 'names no figure in content/data/figures/' });
  for (const [token, name = '', arg] of text.replace(/\{fig:[a-z0-9-]+\}/g, '').matchAll(TOKEN)) {
    if (plainFactByName.has(name)) {
      if (arg) problems.push({ token, message: `takes no state code` });
    } else if (stateFactByName.has(name)) {
      if (!arg) problems.push({ token, message: 'needs state codes, e.g. {status:USA}' });
      else
        for (const iso of isos(arg))
          if (!stateIsos.has(iso))
            problems.push({ token, message: `names ${iso}, which is not a state in content/states/` });
    } else
      problems.push({
        token,
        message: `is not a known fact (${[...plainFactByName.keys(), ...stateFactByName.keys(), 'fig'].join(', ')})`,
      });
  }
  const leftover = text.replace(/\{fig:[a-z0-9-]+\}/g, '').replace(TOKEN, '');
  if (/[{}]/.test(leftover))
    problems.push({ token: leftover.match(/\{[^}]*\}?/)?.[0] ?? '{', message: 'is not a well-formed fact token' });
  return problems;
}

/** The text with every fact token replaced by the fact computed for `ctx.date`. */
export function fillFacts(text: string, ctx: FactContext): string {
  const withFigures = text.replace(/\{fig:([a-z0-9-]+)\}/g, (_, id: string) => words(ctx).figure(ctx.figure(id)));
  return withFigures.replace(TOKEN, (token, name: string, arg?: string) => {
    const plain = plainFactByName.get(name);
    if (plain) return plain(ctx);
    const perState = stateFactByName.get(name);
    if (perState && arg) return perState(ctx, arg);
    throw new Error(`Unknown fact token ${token}`);
  });
}

/** Whether a text quotes any fact computed from the records (it then carries their date). */
export const usesComputedFacts = (text: string) => [...text.matchAll(TOKEN)].length > 0;
