import {
  type DocumentNode, type GraphQLError, type GraphQLSchema, parse, validate, type ValidationRule,
} from 'graphql';

/**
 * Parsed and validated subscription documents, by their text. Every portal
 * client sends the same few documents; sharing one parsed copy keeps each
 * idle socket from holding its own syntax tree (several KB) for hours, and
 * spares the parse and validation. Only valid documents are kept, at most
 * `limit`, the least recently used leaving first.
 */
export class DocumentCache {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly maxTokens: number,
    private readonly limit = 200,
  ) {}

  /** The parsed document, or the errors that make it unusable. */
  get(query: string): { document: DocumentNode } | { errors: GraphQLError[] } {
    const known = this.documents.get(query);
    if (known !== undefined) {
      this.documents.delete(query);
      this.documents.set(query, known);
      return { document: known };
    }

    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.maxTokens });
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    const errors = validate(this.schema, document, this.rules);
    if (errors.length > 0) return { errors: [...errors] };

    this.documents.set(query, document);
    if (this.documents.size > this.limit) {
      this.documents.delete(this.documents.keys().next().value!);
    }
    return { document };
  }
}
