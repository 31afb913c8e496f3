export * from './channels';
export * from './sources';
