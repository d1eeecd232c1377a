import type { exitEn } from './exit.en.js';

/** Textos de `clientfit exit` en español: ayuda de la línea de órdenes y errores. */
export const exitEs: typeof exitEn = {
  cli: {
    description: 'Prepara la conversación de salida: la decisión, qué decir, las fechas del preaviso y una confirmación por escrito (--full: listas y lecciones)',
    file: 'archivo del cliente (- lee la entrada estándar)',
    noticeDate: 'fecha en que se da el preaviso, AAAA-MM-DD (por defecto: la fecha de evaluación)',
    format: 'formato de salida: text o md',
    full: 'añade todas las señales y frases de encaje, la lista del traspaso y las lecciones para la próxima vez',
    force: 'prepara el borrador aunque el veredicto sea mantener o la fecha del preaviso sea anterior a la de evaluación',
    out: 'escribe el borrador en este archivo en lugar de la salida estándar (nunca a medias)',
    overwrite: 'con --out, sustituye un archivo existente (nunca el del cliente, sus registros, la rúbrica ni la configuración)',
  },
  err: {
    noTermination: 'el perfil no tiene `contract.termination`, así que no se puede calcular el preaviso ni el último día de contrato',
    noTerminationUnder:
      'dentro de `contract:`, añade  termination: {notice_days: 30, notice_basis: calendar, written_notice: true, clause: "la cláusula de resolución, copiada del contrato"}',
    noTerminationNew:
      'añade  contract: {termination: {notice_days: 30, notice_basis: calendar, written_notice: true, clause: "la cláusula de resolución, copiada del contrato"}}',
    noticeTooLong: (days) => `\`notice_days\` vale ${days}; un preaviso tan largo terminaría después del año 9999`,
    noticeTooLongExpected: 'el número de días del contrato, por ejemplo  notice_days: 30',
    keep: (name, fit) =>
      `${name} tiene un encaje de ${fit}/100 (mantener): los datos dicen que la relación va bien, así que no hay ninguna salida que preparar`,
    keepExpected: (cmd) => `un cliente con veredicto de revisar o de salida; para preparar la salida de todos modos, añade --force:  ${cmd}`,
    noticePast: (date, asOf) => `la fecha del preaviso, ${date}, es anterior a la fecha de evaluación, ${asOf}: no se puede dar un preaviso en el pasado`,
    noticePastExpected: (asOf) =>
      `una fecha del preaviso igual o posterior a ${asOf} (--notice-date AAAA-MM-DD), o --force si el preaviso se dio de verdad en esa fecha`,
    outExists: (f) => `${f} ya existe; clientfit no lo sobrescribe`,
    outExistsExpected: 'otro nombre de archivo, o --overwrite para sustituirlo',
    outIsDir: (f) => `${f} es una carpeta`,
    outIsDirExpected: 'un nombre de archivo, por ejemplo  --out salida-acme.md',
    outNoDir: (f) => `la carpeta de ${f} no existe`,
    outNoDirExpected: 'un archivo en una carpeta que exista; crea antes la carpeta',
    outIsInput: (f) => `${f} es el archivo del cliente o uno de sus registros; escribir ahí el borrador lo destruiría`,
    outIsInputExpected: 'otro nombre de archivo, por ejemplo  --out salida-acme.md',
    outIsRubric: (f) => `${f} es la rúbrica (o una rúbrica que esta amplía) que se lee en esta ejecución; escribir ahí el borrador la destruiría`,
    outIsSettings: (f) => `${f} es el archivo de configuración que se lee en esta ejecución; escribir ahí el borrador lo destruiría`,
    outFailed: (f, why) => `no se puede escribir ${f} (${why})`,
    outFailedExpected: 'una ruta en la que tengas permiso de escritura',
    written: (f) => `Borrador guardado en ${f}`,
  },
};
