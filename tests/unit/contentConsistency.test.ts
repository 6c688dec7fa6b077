import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadRawDocuments } from '@/lib/content/rawDocuments';
import { validateDocuments } from '@/lib/content/validate';
import { countParties } from '@/lib/ottawaStatus';
import { countApiiParties } from '@/lib/apii';

/**
 * Cross-checks between independent sources in the content: the state records, dated one by
 * one from country sources, must reproduce the totals the Landmine Monitor and the UN report.
 */
const { documents } = loadRawDocuments(path.resolve('content'), path.resolve('.'));
const { content } = validateDocuments(documents);
const states = content.states.map((s) => s.data);
const figure = (id: string) => content.figures.find((f) => f.data.id === id)!.data;

describe('state records against reported totals', () => {
  it('count as many States Parties on the reported date as the Landmine Monitor reported', () => {
    const reported = figure('ottawa-states-parties-reported');
    expect(countParties(states, reported.asOf, reported).value).toBe(reported.value);
  });

  it('count as many signatories as the UN reports', () => {
    expect(states.filter((s) => s.ottawa.signed).length).toBe(figure('ottawa-signatories').value);
  });
});

describe('Amended Protocol II records against the UN depositary record', () => {
  it('count as many High Contracting Parties, six months after each consent, as the UN record lists', () => {
    const reported = figure('ccw-apii-parties');
    expect(countApiiParties(states, reported.asOf).value).toBe(reported.value);
  });
});
