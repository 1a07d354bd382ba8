export * from './tickets/ticket-types.js';
