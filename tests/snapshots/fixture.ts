// The data the SVG snapshots draw: a frozen third of the built-in records (every 3rd, 35 partnerships, their
// organizations and sources, without evidence), so that growing or correcting the data set does not churn the
// snapshots. Regenerate only on purpose (a change of the record shape); charts' own tests use the live data.
import type { Dataset } from '@parklinks/data';
import fixture from './fixture.json' with { type: 'json' };

export const snapshotData = fixture as unknown as Dataset;
