import depthLimit from 'graphql-depth-limit';
import { specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';

/**
 * How deep a document may nest. The graph has cycles (investor → projects → initiator →
 * projects …); every contract operation stays under 6 levels.
 */
export const MAX_QUERY_DEPTH = 10;

/** Extra validation rules for every document, over HTTP and over WebSocket. */
export const QUERY_LIMITS: ValidationRule[] = [depthLimit(MAX_QUERY_DEPTH)];

/** graphql's validate with the limits, for graphql-ws (Apollo takes QUERY_LIMITS directly). */
export function validateWithLimits(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...QUERY_LIMITS]);
}
