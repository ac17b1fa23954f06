import { type LocaleTag, resolveLocale } from '@parklinks/core';

/** Strings of the download menu, in every UI locale. */
export type DownloadMessages = {
  download: string;
  /** Accessible name of the list the button opens. */
  formats: string;
  svg: string;
  png: string;
  png2x: string;
  csv: string;
  /** Said (aria-live) when a file could not be made, e.g. a page policy that forbids images from blob: URLs. */
  failed: string;
};

const messages: Record<ReturnType<typeof resolveLocale>, DownloadMessages> = {
  en: {
    download: 'Download',
    formats: 'Download formats',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
    png2x: 'Image (PNG, 2×)',
    csv: 'Data of these records (CSV)',
    failed: 'The file could not be made.',
  },
  fr: {
    download: 'Télécharger',
    formats: 'Formats de téléchargement',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
    png2x: 'Image (PNG, 2×)',
    csv: 'Données de ces accords (CSV)',
    failed: "Le fichier n'a pas pu être créé.",
  },
  ru: {
    download: 'Скачать',
    formats: 'Форматы для скачивания',
    svg: 'Изображение (SVG)',
    png: 'Изображение (PNG)',
    png2x: 'Изображение (PNG, 2×)',
    csv: 'Данные этих записей (CSV)',
    failed: 'Не удалось создать файл.',
  },
  zh: {
    download: '下载',
    formats: '下载格式',
    svg: '图片（SVG）',
    png: '图片（PNG）',
    png2x: '图片（PNG，2 倍）',
    csv: '这些记录的数据（CSV）',
    failed: '无法生成文件。',
  },
  ar: {
    download: 'تنزيل',
    formats: 'صيغ التنزيل',
    svg: 'صورة (SVG)',
    png: 'صورة (PNG)',
    png2x: 'صورة (PNG، بحجم مضاعف)',
    csv: 'بيانات هذه السجلات (CSV)',
    failed: 'تعذّر إنشاء الملف.',
  },
};

/** Download menu strings for `locale` (English for any other tag). */
export function downloadMessages(locale: LocaleTag | string): DownloadMessages {
  return messages[resolveLocale(locale)];
}
