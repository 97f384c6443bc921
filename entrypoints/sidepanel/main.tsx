import '@/components/base.css';
import { messages } from '@/components/i18n';
import { mountPage } from '@/components/mount';
import { SidePanel } from '@/components/panel/SidePanel';

mountPage(<SidePanel />, { title: messages().sidepanelTitle, bodyClass: 'll-sidepanel' });
