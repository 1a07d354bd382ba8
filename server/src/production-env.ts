// `npm start` is production: no stack traces in responses, whatever NODE_ENV was. This
// module is imported first by main.ts, so the setting is in place before any library
// reads it while loading (graphql-js picks its type checks once, at load: outside
// production they are the slower kind that looks for duplicate copies of graphql).
process.env['NODE_ENV'] ??= 'production';

export {};
