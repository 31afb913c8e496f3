/** Shagym's design system: tokens in tokens.css, looks in ui.css, these components on top. */
export { AppHeader, Mark } from './app-header';
export { Button, LinkButton, type ButtonVariant } from './button';
export { Card } from './card';
export { Dialog } from './dialog';
export { Field } from './field';
export { Stepper, type StepperStep } from './stepper';
export { Tag, type TagTone } from './tag';
export { Toast } from './toast';
export { NARROW, useMedia } from './use-media';
export { FilePicker } from './file-picker';
