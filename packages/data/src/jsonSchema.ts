import * as z from 'zod';
import { DatasetSchema } from './schema/dataset.js';

/** JSON Schema (draft 2020-12) of a whole data set, generated from the zod schema so the two never differ. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://parklinks.dev/schema/dataset.json',
    title: 'parklinks data set',
    ...z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
