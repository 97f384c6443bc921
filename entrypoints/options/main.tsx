import '@/components/base.css';
import { messages } from '@/components/i18n';
import { mountPage } from '@/components/mount';
import { OptionsPage } from '@/components/options/OptionsPage';

mountPage(<OptionsPage />, { title: messages().optionsTitle });
