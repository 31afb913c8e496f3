import { useState } from 'react';
import { todayInKz } from '@/utils/deadlines/calendar';

/** Today in Kazakhstan (YYYY-MM-DD), fixed for the life of the view: render stays pure. */
export function useToday(): string {
  const [today] = useState(() => todayInKz(Date.now()));
  return today;
}
