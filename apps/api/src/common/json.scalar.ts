import type { ValueNode } from 'graphql';
import { graphqlRuntime } from './graphql-runtime';

const { GraphQLScalarType, Kind } = graphqlRuntime;

function literalToValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalToValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalToValue(f.value)]));
    default:
      throw new TypeError('JSON values cannot hold variables inline; pass the whole value as a variable');
  }
}

/** Arbitrary JSON: task configs, item inputs and answers, whose shape each task kind validates. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value; its shape is validated by the task kind on the server.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToValue,
});
