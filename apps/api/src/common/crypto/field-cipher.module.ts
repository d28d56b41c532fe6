import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { FieldCipher } from './field-cipher.js';

/** FieldCipher, keyed from FIELD_ENCRYPTION_KEYS, injectable everywhere. */
@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FieldCipher(config.security.fieldEncryptionKeys),
    },
  ],
  exports: [FieldCipher],
})
export class FieldCipherModule {}
