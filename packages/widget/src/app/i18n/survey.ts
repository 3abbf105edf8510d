import { createTranslator, type Language, type Translate } from '@pst/client';

/**
 * The IKM survey's words, in Indonesian and English: a part of the widget's catalogue kept with the survey, so they
 * come in the chunk fetched after the close rather than in the chat UI's first bytes.
 */
const id = {
  'survey.intro': 'Survei Kepuasan Masyarakat: nilai setiap unsur layanan.',
  'survey.requirements': 'Kesesuaian persyaratan layanan',
  'survey.procedure': 'Kemudahan prosedur layanan',
  'survey.time': 'Kecepatan waktu layanan',
  'survey.cost': 'Kewajaran biaya/tarif',
  'survey.product': 'Kesesuaian hasil layanan',
  'survey.competence': 'Kemampuan petugas',
  'survey.conduct': 'Kesopanan dan keramahan petugas',
  'survey.complaints': 'Penanganan pengaduan, saran, dan masukan',
  'survey.facilities': 'Kualitas sarana dan prasarana',
  'survey.scale1': 'Tidak baik',
  'survey.scale2': 'Kurang baik',
  'survey.scale3': 'Baik',
  'survey.scale4': 'Sangat baik',
  'survey.required': 'Nilai semua unsur.',
  'survey.submit': 'Kirim survei',
  'survey.thanks': 'Terima kasih telah mengisi survei.',
};

export type SurveyKey = keyof typeof id;

const en: Record<SurveyKey, string> = {
  'survey.intro': 'Public satisfaction survey: rate each part of the service.',
  'survey.requirements': 'Fit of the service requirements',
  'survey.procedure': 'Ease of the procedure',
  'survey.time': 'Speed of the service',
  'survey.cost': 'Fairness of the cost',
  'survey.product': 'Fit of the result',
  'survey.competence': "Officer's competence",
  'survey.conduct': "Officer's courtesy",
  'survey.complaints': 'Handling of complaints and suggestions',
  'survey.facilities': 'Quality of the facilities',
  'survey.scale1': 'Poor',
  'survey.scale2': 'Fair',
  'survey.scale3': 'Good',
  'survey.scale4': 'Very good',
  'survey.required': 'Rate every part.',
  'survey.submit': 'Send survey',
  'survey.thanks': 'Thank you for the survey.',
};

export const surveyTranslator: (lang: Language) => Translate<SurveyKey> = createTranslator<SurveyKey>({ id, en });
