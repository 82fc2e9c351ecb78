/**
 * Fifty short product reviews for the demo project, built from parts so the repo carries no dataset.
 * They are demo content, shown under a project named "Demo".
 */
const products = ['headphones', 'coffee maker', 'running shoes', 'phone case', 'desk lamp', 'backpack', 'blender', 'keyboard', 'water bottle', 'tent'];

const opinions = [
  (p: string) => `I love these ${p}. They work perfectly and arrived early.`,
  (p: string) => `The ${p} broke after two days. Very disappointed, I want a refund.`,
  (p: string) => `The ${p} does the job. Nothing special, nothing bad.`,
  (p: string) => `Great value for the price, my ${p} looks even better than in the photos!`,
  (p: string) => `Customer service never answered about my faulty ${p}. Avoid.`,
];

export const demoReviews: { text: string }[] = products.flatMap((product) => opinions.map((opinion) => ({ text: opinion(product) })));
