/** The database's name, apart from Dexie: the popup's first screen checks the database without it. */
export const DB_NAME = 'shagym';
