// The Subresource Integrity value index.html gives a file Trunk wrote (sha384, as Trunk
// writes it): the post-build steps that change a file replace its old value with this.
import { createHash } from 'node:crypto';

export const integrity = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
