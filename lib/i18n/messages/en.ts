/**
 * The English interface strings: the reference catalogue. `Messages` is derived from it, so
 * a key missing from the French or Spanish catalogue fails `tsc`. Strings that take values
 * are functions; the values (dates, counts, names) are formatted by the caller for the locale.
 */
import type { ApiiStatus } from '../../apii';
import type { OttawaStatus } from '../../ottawaStatus';

export const en = {
  siteName: 'Landmine Law Explainer',
  siteDescription:
    'The law of landmines explained and cited: the Ottawa Treaty article by article, who is bound by it, U.S. policy, and the risk to civilians.',
  skipLink: 'Skip to main content',
  mainNav: 'Main',
  nav: {
    ottawa: 'Ottawa Treaty',
    states: 'States',
    withdrawals: 'Withdrawals',
    answers: 'Quick answers',
    glossary: 'Glossary',
  },
  search: {
    label: 'Search',
    button: 'Search',
    landmark: 'Site search',
    pageLandmark: 'Search the site',
    title: 'Search',
  },
  searchPage: {
    description: 'Search the pages of this edition.',
    noScript:
      'Search runs in your browser and needs JavaScript. Without it, start from one of these pages, or use your search engine with site: and this site’s address.',
  },
  /** Status lines of the search island ({q} the query, {n} the count), passed as data attributes. */
  searchResults: {
    none: 'No pages match “{q}”.',
    one: '1 page matches “{q}”',
    many: '{n} pages match “{q}”',
    more: '; the first {n} are shown.',
    moreButton: 'More results',
    unavailable: 'Search is not available here: the search index was not found.',
  },
  language: { switcherLabel: 'This page in other languages', englishOnly: 'in English' },
  footer: {
    about:
      'A cited reference on the law of landmines. Every fact on this site cites its source. This is a reference, not legal advice.',
    reference: 'Reference',
    licence: 'Licence',
    licenceText:
      'Text and data: CC BY 4.0. Code: MIT licence. Treaty texts are quoted from their official sources and are not ours to license.',
    englishEdition: 'The full reference, in English',
  },
  noDate: 'n.d.',
  asOf: (date: string) => `(as of ${date})`,
  factsChecked: 'Facts checked',
  contents: 'Contents',
  note: 'Note',
  references: {
    heading: 'Sources',
    backlink: (n: number) => `Back to the first citation of source ${n}`,
    source: 'Source',
    archived: 'Archived copy',
    record: 'Record',
    citedFor: (pins: string) => `Cited for: ${pins}.`,
    accessed: (date: string) => `Accessed ${date}.`,
    mark: (n: number) => `Source ${n}`,
    marks: (runs: string) => `Sources ${runs}`,
  },
  /** The copy buttons (citations) and what the copy-buttons island announces. */
  copy: {
    button: 'Copy',
    label: (what: string) => `Copy ${what}`,
    copied: 'Copied: ',
    failed: 'Copying failed: select the text and copy it instead.',
  },
  citeThis: {
    heading: 'Cite this page',
    lastReviewed: 'Last reviewed',
    permanentAddress: 'Permanent address:',
    formats: 'Cite in APA, MLA, Chicago, BibTeX, RIS or CSL-JSON',
    copy: (format: string) => `${format} citation of this page`,
    changes: 'Changes to this page',
    foundError: 'Found an error?',
    reportByEmail: 'Report it by email',
    howToReport: 'Here is how to report it',
    withSource: 'with the source that shows it.',
  },
  status: {
    party: 'State Party',
    'awaiting-entry-into-force': 'Joined, not yet in force',
    signatory: 'Signed, not ratified',
    'not-signed': 'Not a party',
    'withdrawal-pending': 'Withdrawal pending',
    withdrawn: 'Withdrawn',
    contested: 'Contested',
    unverified: 'Not yet verified',
  } satisfies Record<OttawaStatus, string>,
  /** A state's status in prose, to follow "is" (the `{status:XXX}` token). */
  statusPhrase: {
    party: 'a State Party',
    'awaiting-entry-into-force': 'joined, with the treaty not yet in force for it',
    signatory: 'a signatory that has not ratified',
    'not-signed': 'not a party, having neither signed nor acceded',
    'withdrawal-pending': 'a State Party whose withdrawal has not yet taken effect',
    withdrawn: 'no longer a party, its withdrawal having taken effect',
    contested: 'still counted as a State Party, though its status is contested',
    unverified: 'of a status we do not state, as our record is not yet verified',
  } satisfies Record<OttawaStatus, string>,
  apiiPhrase: {
    bound: (date: string) => `has been bound since ${date}`,
    'awaiting-entry-into-force': (date: string) => `will be bound from ${date}`,
    'bound-by': (date: string) => `was bound by ${date} at the latest`,
    'not-bound': () => 'is not bound',
    unverified: () => 'has a status we have not verified',
  } satisfies Record<ApiiStatus['kind'], (date: string) => string>,
  none: 'none',
  consentKinds: {
    ratification: 'ratification',
    accession: 'accession',
    succession: 'succession',
    acceptance: 'acceptance',
    approval: 'approval',
  },
  /** Facts in quick answers that the records hold only in English. */
  answerFacts: {
    usPolicy: (title: string, date: string) => `the ${title} of ${date}`,
  },
  withdrawals: {
    caption: (date: string) =>
      `Withdrawals and suspension notices under the Ottawa Treaty, from our state records, as of ${date}`,
    state: 'State',
    notice: 'Notice',
    notified: 'Notified',
    effective: 'Takes effect',
    status: 'Status',
    sources: 'Sources',
    withdrawal: 'Withdrawal (Art. 20)',
    suspension: 'Suspension (not provided for in the treaty)',
    disputed: 'Disputed: no effective date',
  },
  partiesCount: {
    howWeCountRecords: 'How we count: from our dated record of every state (see',
    statesLink: 'States',
    check: (value: string, date: string) => `Check: the Landmine Monitor reported ${value} on ${date}`,
    howWeCountReported: (value: string, date: string) => `How we count: ${value} on ${date}`,
    noChanges: '; our state records show no state joining or leaving since.',
    changesSince: '; since then, from our state records: ',
    joined: 'joined',
    withdrew: 'withdrew',
  },
  partiesHistory: {
    chartTitle: (from: number, to: number) =>
      `States Parties to the Ottawa Treaty at the end of each year, ${from}–${to}`,
    chartDescription: (first: string, firstYear: number, peak: string, peakYear: number, last: string, date: string) =>
      `From ${first} at the end of ${firstYear} to a high of ${peak} in ${peakYear}, then ${last} on ${date}.`,
    chartSource:
      "computed from our state records (each state's dates are cited on its page); checked against the Landmine Monitor's count",
    parties: 'States Parties',
    endOfYear: 'End of year',
    yearEndCaption: 'States Parties at the end of each year',
    date: 'Date',
    change: 'Change',
    historyCaption: 'States Parties to the Ottawa Treaty over time, computed from our state records',
    historyCaptionReported: (date: string) => ` and the figure reported on ${date}`,
    endOf: (year: number) => `End of ${year}`,
    yearEndRow: "Year-end count from the state records (sources on each state's page)",
    reportedRow: 'Figure reported by the Landmine Monitor',
    joined: 'joined',
    withdrawalTookEffect: 'withdrawal took effect',
  },
  chart: {
    source: 'Source:',
    data: 'Data:',
    asTable: 'The data as a table',
  },
  ottawa: {
    kicker: 'Treaty',
    keyFacts: 'Key facts',
    adopted: 'Adopted',
    openedForSignature: 'Opened for signature',
    inForce: 'In force',
    depositary: 'Depositary',
    parties: 'States Parties',
    articles: 'The text, article by article',
    articlesNote: 'The articles, with the treaty text and their explanations, are on the English pages.',
    preamble: 'Preamble',
    article: (n: number) => `Article ${n}`,
    factsChecked: 'Facts on this page checked',
  },
  answers: {
    title: 'Quick answers',
    description:
      'Short, sourced answers on who is bound by the Ottawa Treaty, withdrawals, Ukraine and other questions, each computed from the data and dated.',
    lede: 'The questions reporters ask most, each answered in one or two sentences with its sources. Counts, dates and statuses are computed from the site’s records, so each answer carries the date it holds for.',
    questions: 'Questions',
    answers: 'Answers',
    linkTo: (question: string) => `Link to this answer: ${question}`,
    fullExplanation: 'Full explanation:',
    untranslated: (n: number) => `${n} more answers are available in English only:`,
  },
  glossary: {
    title: 'Glossary',
    description: 'Plain-language definitions of the terms used in the law of landmines, each with its source.',
    lede: 'The words the treaties use, in plain language. Each definition cites where it comes from.',
    definedIn: 'Defined in:',
    seeAlso: 'See also:',
    untranslated: (n: number) => `${n} more terms are defined in English only:`,
  },
  states: {
    title: 'States and the Ottawa Treaty',
    description: 'The status of every state under the Ottawa Treaty, computed from dated records with their sources.',
    lede: 'Each state’s status under the Ottawa Treaty, computed from its dated record. Each state’s page gives the dates and their sources.',
    summary: 'Summary',
    state: 'State',
    status: 'Status',
    consent: 'Joined',
    table: (date: string) => `Every state’s status under the Ottawa Treaty, as of ${date}`,
  },
  state: {
    title: (name: string) => `${name} and the Ottawa Treaty`,
    description: (name: string) =>
      `${name}: status under the Ottawa Treaty, its dates and its clearance deadline, with sources.`,
    status: 'Status',
    signed: 'Signed',
    consent: 'Consent to be bound',
    inForce: 'Treaty in force for it',
    withdrawalNotified: 'Withdrawal notified',
    withdrawalEffective: 'Withdrawal takes effect',
    suspensionNotified: 'Notice of suspension',
    article5: 'Article 5 clearance deadline',
    apii: 'Amended Protocol II',
    unverified: 'Our record for this state is not yet verified, so we do not state a status.',
    fullPage: 'The full page, with notes and history, in English',
    backToIndex: 'Every state',
    art5None: 'No clearance obligation recorded',
    art5Completed: (date: string) => `Completed (${date})`,
    art5CompletedUnverified: (date: string) => `Completed (${date}, reported, not verified)`,
    art5Open: (deadline: string, date: string) => `${deadline} (in force as of ${date})`,
    art5OpenExtended: 'set by an extension',
    art5OpenOriginal: 'ten years after the treaty entered into force for it (Art. 5(1))',
    art5Passed: (deadline: string, date: string) =>
      `${deadline}: passed, and as of ${date} we found no extension granted after it`,
    art5Pending: 'a request is pending (details on the English page)',
  },
  home: { translationNote: 'This edition translates the core pages; the rest of the reference is in English.' },
  feed: {
    title: (site: string) => `${site}: changes`,
    subtitle: 'Changes to the pages of this edition, newest first.',
    reviewed: 'Facts checked against the dated records',
    rights: 'Text and data: CC BY 4.0',
  },
};

export type Messages = typeof en;
