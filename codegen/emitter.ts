// The small interface through which the phases build TypeScript modules. ts-morph stays behind it,
// so it can be swapped (its future after the native TypeScript compiler is uncertain).
import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile } from "ts-morph";

export interface ModuleEmitter {
  importTypes(from: string, names: readonly string[]): void;
  importValues(from: string, names: readonly string[]): void;
  /** `export type * as name from "specifier"` */
  exportTypeNamespace(name: string, from: string): void;
  typeAlias(name: string, type: string, options?: { readonly docs?: string; readonly exported?: boolean }): void;
  interface(name: string, members: readonly { name: string; type: string; docs?: string }[], docs?: string): void;
  constant(name: string, initializer: string, options?: { readonly type?: string; readonly docs?: string }): void;
  function(name: string, overloads: readonly string[], implementation: string, docs?: string): void;
  statement(text: string): void;
  /** The module text (without header; the format phase adds it). */
  print(): string;
}

const project = new Project({
  useInMemoryFileSystem: true,
  manipulationSettings: {
    indentationText: IndentationText.TwoSpaces,
    newLineKind: NewLineKind.LineFeed,
    quoteKind: QuoteKind.Double,
    useTrailingCommas: true,
  },
});

let counter = 0;

export function createModuleEmitter(): ModuleEmitter {
  const file: SourceFile = project.createSourceFile(`/module${counter++}.ts`, "", { overwrite: true });
  const quote = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  return {
    importTypes(from, names) {
      file.addImportDeclaration({ moduleSpecifier: from, isTypeOnly: true, namedImports: [...names] });
    },
    importValues(from, names) {
      file.addImportDeclaration({ moduleSpecifier: from, namedImports: [...names] });
    },
    exportTypeNamespace(name, from) {
      file.addStatements(`export type * as ${name} from ${JSON.stringify(from)};`);
    },
    typeAlias(name, type, options) {
      file.addTypeAlias({
        name,
        type,
        isExported: options?.exported ?? true,
        docs: options?.docs === undefined ? [] : [options.docs],
      });
    },
    interface(name, members, docs) {
      file.addInterface({
        name,
        isExported: true,
        docs: docs === undefined ? [] : [docs],
        properties: members.map((member) => ({
          name: quote(member.name),
          type: member.type,
          isReadonly: true,
          docs: member.docs === undefined ? [] : [member.docs],
        })),
      });
    },
    constant(name, initializer, options) {
      file.addStatements(
        `${options?.docs === undefined ? "" : `/** ${options.docs} */\n`}export const ${name}${
          options?.type === undefined ? "" : `: ${options.type}`
        } = ${initializer};`,
      );
    },
    function(name, overloads, implementation, docs) {
      const doc = docs === undefined ? "" : `/** ${docs} */\n`;
      file.addStatements([...overloads.map((o) => `${doc}export function ${name}${o};`), `export function ${name}${implementation}`]);
    },
    statement(text) {
      file.addStatements(text);
    },
    print() {
      return file.getFullText();
    },
  };
}
