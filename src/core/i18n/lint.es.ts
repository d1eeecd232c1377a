import type { LintCatalog } from './lint.en.js';

/** Textos en español de `clientfit lint`, `clientfit schema` y `clientfit rubric show`. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const didYouMean = (hint: string | undefined) => (hint ? `; ¿querías decir \`${hint}\`?` : '');

export const lintEs: LintCatalog = {
  severity: { error: 'error', warning: 'aviso' },
  summary: (errors, warnings) => {
    const n = errors + warnings;
    return `✖ ${n} ${plural(n, 'problema', 'problemas')} (${errors} ${plural(errors, 'error', 'errores')}, ${warnings} ${plural(warnings, 'aviso', 'avisos')})`;
  },
  clean: (files) => `✔ ${files} ${plural(files, 'archivo revisado', 'archivos revisados')}, sin problemas`,
  tooManyWarnings: (n, max) => `hay ${n} ${plural(n, 'aviso', 'avisos')}; --max-warnings permite ${max}`,
  expected: 'se esperaba',
  withExpected: (message, expected) => `${message} (se esperaba: ${expected})`,
  problemLine: (message, expected) => (expected && !message.includes(expected) ? `${message} (se esperaba: ${expected})` : message),
  withHint: (message, hint) => `${message}; ${hint}`,

  noFiles: 'indica al menos un archivo o una carpeta que revisar',
  noFilesExpected: 'clientfit lint rubrics/ clients/acme.yaml',
  noYaml: (dir) => `no hay archivos .yaml ni .yml en ${dir}`,
  noYamlExpected: 'una carpeta con archivos de rúbrica, cliente, registro o ajustes',
  badMaxWarnings: (v) => `"${v}" no es un número de avisos`,
  badMaxWarningsExpected: 'un número entero igual o mayor que 0, por ejemplo --max-warnings 0',
  noKind: 'indica el tipo de archivo: client, log, rubric o settings',
  noKindExpected: 'clientfit schema rubric > schemas/rubric.schema.json',
  badKind: (k) => `tipo de archivo desconocido: "${k}"`,

  unknownKind: 'no se sabe si es una rúbrica, un cliente, un registro o un archivo de ajustes',
  unknownKindExpected:
    'una rúbrica lleva `criteria:`, un cliente `name:`, un registro solo `events:` y los ajustes `lang:` o `me:`; o usa --kind',
  yamlWarning: (msg) => `el lector de YAML avisa: ${msg}`,
  missingSpace: (text) => `todo el archivo se ha leído como el texto "${text}": después de los dos puntos hace falta un espacio (\`amount: 100\`, no \`amount:100\`)`,
  unknownKey: (key, hint) => `clave desconocida \`${key}\` (se ignora)${didYouMean(hint)}`,
  unknownEventField: (field, type, hint) => `los eventos \`${type}\` no tienen el campo \`${field}\`, así que se ignora${didYouMean(hint)}`,
  unknownEventType: (type, hint) =>
    `tipo de evento desconocido: \`${type}\`; ¿querías decir \`${hint}\`? (se admiten tipos propios, pero ninguna métrica integrada los cuenta)`,
  unknownCountType: (type, hint) => `\`${type}\` no es un tipo de evento integrado; ¿querías decir \`${hint}\`?`,
  futureDate: (field, date, today) => `\`${field}\` es ${date}, posterior a hoy (${today})`,
  beforeDate: (field, value, date) => `\`${field}\` (${value}) es anterior a la fecha del evento, \`date\` (${date})`,
  duplicateRef: (ref, first) => `la referencia de factura ${ref} está repetida; la primera está en ${first}`,
  unreadableLog: (file, why) => `no se puede leer el registro ${file} que aparece en \`logs:\` (${why})`,
  commentInValue: (field, kept, rest) =>
    `\`${field}\` se queda en "${kept}": " #${rest}" se ha leído como un comentario de YAML; pon el valor completo entre comillas`,
  numberAsText: (field, text) => `\`${field}\` es el texto "${text}", no un número`,
  numberHint: 'escribe los números sin separador de miles y con punto decimal, por ejemplo 1500.5',
  duplicateCriterion: (id, line) => `el id de criterio \`${id}\` está repetido (el primero, en la línea ${line}); el segundo sustituye al primero sin avisar`,
  warnEqualsFlag: (id, v) =>
    `el criterio \`${id}\` tiene \`warn\` igual a \`flag\` (${v}), así que su gravedad no puede ir subiendo; pon warn por debajo de flag (más es peor) o por encima (menos es peor)`,
  incomplete: (id, field) => `al criterio \`${id}\` le falta \`${field}\`: no lo tiene ni lo hereda mediante \`extends\``,
  weightNotPositive: (id, w) => `el criterio \`${id}\` pesa ${w}; el peso son los puntos que resta y tiene que ser mayor que 0 (para desactivarlo usa \`enabled: false\`)`,
  bandsOrder: (keep, review) => `\`bands.keep\` (${keep}) tiene que ser mayor que \`bands.review\` (${review}); si no, ningún cliente puede quedar en revisión`,
  missingWording: (id, field, langs) => `al criterio \`${id}\` le falta el texto en ${langs} de \`${field}\``,
  missingTitle: (langs) => `a la rúbrica le falta el \`title\` en ${langs}`,
  langNames: (langs) => langs.map((l) => (l === 'en' ? 'inglés' : 'español')).join(' y en '),
  extendsLoop: (chain) => `\`extends\` da vueltas en bucle: ${chain}`,
  extendsInvalid: (ref, where, message) => `la rúbrica de la que hereda (${ref}) tiene problemas; el primero, en ${where}: ${message}`,
  extendsBadBuiltin: (ref) => `no hay ninguna rúbrica integrada que se llame ${ref}`,

  rules: {
    'yaml-syntax': 'El archivo no es YAML válido.',
    'yaml-alias': 'Demasiados alias: el documento crecería sin medida.',
    'yaml-version': 'Una directiva %YAML 1.1 cambia cómo se leen los valores.',
    'yaml-warning': 'El lector de YAML da un aviso (por ejemplo, una etiqueta desconocida).',
    'no-criteria': 'La rúbrica no tiene criterios: cualquier cliente sacaría 100.',
    'multiple-documents': 'El archivo contiene un segundo documento YAML (tras `---`), que se ignoraría.',
    'forbidden-key': 'Una clave como __proto__ no está permitida.',
    'empty-file': 'El archivo está vacío.',
    'not-utf8': 'El archivo no es texto UTF-8.',
    'too-large': 'El archivo ocupa más de 16 MiB.',
    'not-mapping': 'El archivo no es un mapa de campos.',
    'unknown-kind': 'No se sabe qué tipo de archivo es por su contenido.',
    schema: 'Falta un campo o su tipo o valor no es correcto.',
    'unknown-key': 'Una clave que clientfit no conoce y que, por tanto, se ignora.',
    'comment-in-value': 'Un " #" dentro de un valor sin comillas lo ha cortado.',
    'number-as-text': 'Un número escrito con separadores se lee como texto.',
    'impossible-date': 'Una fecha que no existe en el calendario.',
    'date-order': 'Una factura pagada o que vence, o un mensaje respondido, antes de su fecha.',
    'duplicate-ref': 'Dos facturas con la misma referencia.',
    'missing-log': 'Un archivo de `logs:` que no existe.',
    'unknown-event-type': 'Un tipo de evento parecido a uno integrado.',
    'unknown-event-field': 'Un campo que ese tipo de evento integrado no tiene.',
    'future-date': 'Un evento con fecha posterior a hoy.',
    'duplicate-criterion': 'Dos criterios con el mismo id.',
    'unknown-metric': 'Una métrica que clientfit no tiene.',
    'warn-equals-flag': 'warn igual a flag: la gravedad no puede ir subiendo.',
    'weight-not-positive': 'Un criterio con peso 0 o negativo.',
    'bands-order': 'bands.keep no es mayor que bands.review.',
    'missing-wording': 'Falta el texto en inglés o en español.',
    extends: 'extends no se puede resolver, hace un bucle o apunta a una rúbrica con errores.',
    'bad-window': 'Un periodo de análisis que no se puede leer.',
    'incomplete-criterion': 'Un criterio sin metric, warn, flag o weight después de aplicar extends.',
  },

  showHeader: (file) => [
    `Rúbrica efectiva de ${file}, con \`extends\` resuelto: cada criterio con todos sus campos.`,
    'Guárdala y úsala con --rubric, o modifícala para crear tu propia rúbrica.',
  ],

  cli: {
    lint: 'Revisa archivos de rúbrica, cliente, registro y ajustes: errores y avisos en archivo:línea:columna, para editores y CI',
    lintFiles: 'archivos o carpetas (en las carpetas se buscan *.yaml y *.yml; - lee la entrada estándar)',
    kind: 'trata todos los archivos como este tipo: rubric, client, log o settings (por defecto: según su contenido)',
    format: 'formato de salida: stylish, json, github o sarif',
    maxWarnings: 'termina con código 1 si hay más avisos que este número',
    asOf: 'la fecha de hoy, para detectar eventos futuros, AAAA-MM-DD (por defecto: hoy)',
    schema: 'Muestra el JSON Schema de un tipo de archivo, para que el editor complete y revise',
    schemaKind: 'client, log, rubric o settings',
    rubric: 'Trabaja con rúbricas',
    rubricShow: 'Muestra la rúbrica efectiva después de `extends`, en YAML que pasa el lint sin errores',
    rubricFile: 'archivo de rúbrica, o builtin:default (por defecto: los ajustes y, si no, la rúbrica integrada)',
  },
};
