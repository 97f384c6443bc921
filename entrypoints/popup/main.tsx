import '@/components/base.css';
import { messages } from '@/components/i18n';
import { mountPage } from '@/components/mount';
import { Popup } from '@/components/popup/Popup';

mountPage(<Popup />, { title: messages().popupTitle, bodyClass: 'll-popup' });
