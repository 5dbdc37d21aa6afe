import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** As common/pagination.ts: a connection without `first` answers this many items. */
const DEFAULT_PAGE_SIZE = 20;
/** A list without `first` (e.g. an investor's projects) is assumed to hold this many items. */
const DEFAULT_LIST_SIZE = 20;

export interface OperationMeasure {
  /** Fields that could be resolved, each multiplied by the items of the lists around it. */
  cost: number;
  /** The deepest field nesting (introspection counts as one level). */
  depth: number;
}

interface Measure {
  cost: number;
  depth: number;
}

const NOTHING: Measure = { cost: 0, depth: 0 };

/**
 * Measures one operation of a document that graphql's standard rules accept (so fragments exist
 * and have no cycles). Each named fragment is measured once per type and its measure reused at
 * every spread: the work is linear in the document even when its expansion is exponential.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  /** Receives the name of every variable the measure read (the same for every run of one operation). */
  variablesRead?: Set<string>,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, Measure>();

  const variableDefaults = new Map<string, unknown>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) variableDefaults.set(def.variable.name.value, valueFromASTUntyped(def.defaultValue));
  }

  const fieldDef = (parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };

  /** How many items a field's children are resolved for. */
  const itemsOf = (parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Map<string, unknown>): number => {
    // Introspection is bounded by the schema itself; connections count their page once, not per edge.
    if (parent.name.startsWith('__') || parent.name.endsWith('Connection')) return 1;
    // A field whose items the domain bounds declares it (`@Extensions({ maxItems })`): it costs at most that many.
    const declared = (field.extensions as { maxItems?: unknown } | undefined)?.maxItems;
    const bound = typeof declared === 'number' ? declared : Infinity;
    if (field.args.some((a) => a.name === 'first')) {
      const first = args.get('first');
      return Math.min(bound, typeof first === 'number' && Number.isInteger(first) && first > 0 ? first : DEFAULT_PAGE_SIZE);
    }
    return isListType(getNullableType(field.type)) ? Math.min(bound, DEFAULT_LIST_SIZE) : 1;
  };

  const measureSet = (set: SelectionSetNode, parent: GraphQLNamedType): Measure => {
    let cost = 0;
    let depth = 0;
    for (const selection of set.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        const field = fieldDef(parent, selection.name.value);
        if (!field) continue;
        const args = new Map<string, unknown>();
        for (const arg of selection.arguments ?? []) {
          args.set(arg.name.value, arg.value.kind === Kind.VARIABLE ? variableValue(arg.value.name.value) : valueFromASTUntyped(arg.value));
        }
        const children = selection.selectionSet ? measureSet(selection.selectionSet, getNamedType(field.type)) : NOTHING;
        const introspection = field === SchemaMetaFieldDef || field === TypeMetaFieldDef || parent.name.startsWith('__');
        inner = {
          cost: 1 + itemsOf(parent, field, args) * children.cost,
          depth: introspection ? 1 : 1 + children.depth,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        inner = measureSet(selection.selectionSet, type ?? parent);
      } else {
        inner = measureFragment(selection.name.value);
      }
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    }
    return { cost, depth };
  };

  const measureFragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const measure = fragment && type ? measureSet(fragment.selectionSet, type) : NOTHING;
    memo.set(name, measure);
    return measure;
  };

  function variableValue(name: string): unknown {
    variablesRead?.add(name);
    return variables && name in variables ? variables[name] : variableDefaults.get(name);
  }

  const root = schema.getRootType(operation.operation);
  return root ? measureSet(operation.selectionSet, root) : NOTHING;
}
