import { BookOpen, CalendarRange, ChartLine, ClipboardList, FileText, MessagesSquare, Pill, Settings, Toolbox, type LucideIcon } from 'lucide-react';

/**
 * The sidebar's icon for each section. Kept here rather than in
 * src/shared/sections because shared code carries no UI (main builds its menu from that list).
 */
export const sectionIcons: Record<string, LucideIcon> = {
  '/journal': BookOpen,
  '/medications': Pill,
  '/therapy': MessagesSquare,
  '/check-ins': ClipboardList,
  '/insights': ChartLine,
  '/summary': FileText,
  '/review': CalendarRange,
  '/toolbox': Toolbox,
  '/settings': Settings,
};
