

# ---- Kōbai's random numbers (src/engine/core/Random.h), so that the shuffles, initial ----
# weights, dropout masks, flips, shifts and input noise are Kōbai's, draw for draw.

MASK64 = (1 << 64) - 1
# The independent streams of one experiment seed (RandomStream in Random.h).
DATA_SPLIT, WEIGHT_INIT, SHUFFLE, DROPOUT, AUGMENTATION, INPUT_NOISE, WORKER_DROPOUT = 2, 3, 4, 5, 6, 7, 8


class KobaiRandom:
    """xoshiro256** seeded by splitmix64 (https://prng.di.unimi.it/), Box–Muller normals,
    Fisher–Yates shuffles: Kōbai's generator, ported line by line."""

    def __init__(self, seed, stream):
        x = (seed ^ (stream * 0xD1B54A32D192ED03)) & MASK64
        self.s = []
        for _ in range(4):
            x = (x + 0x9E3779B97F4A7C15) & MASK64
            z = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
            self.s.append(z ^ (z >> 31))

    def next_bits(self):
        return self.bits(1)[0]

    def bits(self, count):
        """The next count outputs, in one tight loop (Python's integers are slow)."""
        s0, s1, s2, s3 = self.s
        out = [0] * count
        for k in range(count):
            r = (s1 * 5) & MASK64
            out[k] = ((((r << 7) | (r >> 57)) & MASK64) * 9) & MASK64
            t = (s1 << 17) & MASK64
            s2 ^= s0
            s3 ^= s1
            s1 ^= s2
            s0 ^= s3
            s2 ^= t
            s3 = ((s3 << 45) | (s3 >> 19)) & MASK64
        self.s = [s0, s1, s2, s3]
        return out

    def uniform01(self):
        return (self.next_bits() >> 11) * 2.0 ** -53

    def uniform01s(self, count):
        """count uniform01() draws as a float64 array: 53 bits convert exactly."""
        return (np.array(self.bits(count), dtype=np.uint64) >> np.uint64(11)) * 2.0 ** -53

    def uniform(self, low, high):
        return low + (high - low) * self.uniform01()

    def normal(self):
        return self.normals(1)[0]

    def normals(self, count):
        """count normal() draws: Box–Muller on pairs (1 − u₁, u₂), with the C library's
        log and cos (NumPy's vectorised ones may differ in the last bit)."""
        u = self.uniform01s(2 * count).tolist()
        return [math.sqrt(-2.0 * math.log(1.0 - a)) * math.cos(2.0 * math.pi * b) for a, b in zip(u[0::2], u[1::2])]

    def below(self, n):
        limit = MASK64 - MASK64 % n
        bits = self.next_bits()
        while bits >= limit:
            bits = self.next_bits()
        return bits % n

    def shuffle(self, items):
        for i in range(len(items), 1, -1):
            j = self.below(i)
            items[i - 1], items[j] = items[j], items[i - 1]


class KobaiDropout(nn.Module):
    """nn.Dropout(p) with Kōbai's masks: one uniform draw per activation, sample by sample,
    from the run's Dropout stream, shared by the layers in forward order (DenseNetwork.cpp)."""

    def __init__(self, p, random):
        super().__init__()
        self.p, self.random = p, random

    def forward(self, x):
        if not self.training:
            return x
        mask = np.where(self.random.uniform01s(x.numel()) < self.p, 0.0, 1.0 / (1.0 - self.p))
        return x * torch.tensor(mask, dtype=x.dtype).reshape(x.shape)


# ---- augmentation and input noise: training batches only -------------------------------

class Augment:
    """Kōbai's changes to each training batch (src/engine/data/BatchAugmentation.h): per
    image a left-right flip with probability 1/2, a shift by up to `shift` pixels each way
    with zero fill (the shifts of torchvision's RandomCrop(28, padding=shift)), then
    Gaussian noise of standard deviation input_noise on every input, not clipped.
    Evaluation passes see the data as they are. Draws from Kōbai's Augmentation and
    InputNoise streams, so the batches are Kōbai's."""

    def __init__(self, seed, shift, flip, input_noise):
        self.shift, self.flip, self.input_noise = shift, flip, input_noise
        self.augment_random = KobaiRandom(seed, AUGMENTATION)
        self.noise_random = KobaiRandom(seed, INPUT_NOISE)

    def __call__(self, x):
        if self.shift or self.flip:
            side = math.isqrt(x.shape[1])
            images = x.reshape(-1, side, side).clone()
            k = self.shift
            for i in range(len(images)):
                if self.flip and self.augment_random.below(2) == 1:
                    images[i] = images[i].flip(1)
                if k:
                    dy = self.augment_random.below(2 * k + 1) - k
                    dx = self.augment_random.below(2 * k + 1) - k
                    moved = torch.zeros_like(images[i])
                    moved[max(dy, 0):side + min(dy, 0), max(dx, 0):side + min(dx, 0)] = \
                        images[i][max(-dy, 0):side - max(dy, 0), max(-dx, 0):side - max(dx, 0)]
                    images[i] = moved
            x = images.reshape(len(x), -1)
        if self.input_noise:
            noise = self.noise_random.normals(x.numel())
            x = x + self.input_noise * torch.tensor(noise, dtype=x.dtype).reshape(x.shape)
        return x
