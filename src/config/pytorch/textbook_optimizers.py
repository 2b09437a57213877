
# ---- the textbook update rules (ゼロから作るDeep Learning, ch. 6; ε = 1e-7) ------------

class TextbookOptimizer(torch.optim.Optimizer):
    """One rule per subclass; state lives per parameter, as in torch.optim."""

    def __init__(self, params, **defaults):
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is not None:
                    self.update(p, p.grad, self.state[p], group)


class TextbookSGD(TextbookOptimizer):
    def update(self, w, g, state, group):
        w -= group["lr"] * g


class TextbookMomentum(TextbookOptimizer):
    def update(self, w, g, state, group):
        v = state.setdefault("v", torch.zeros_like(w))
        v.mul_(group["momentum"]).sub_(group["lr"] * g)
        w += v


class TextbookNesterov(TextbookOptimizer):
    def update(self, w, g, state, group):
        v = state.setdefault("v", torch.zeros_like(w))
        a, lr = group["momentum"], group["lr"]
        w += a * a * v - (1 + a) * lr * g
        v.mul_(a).sub_(lr * g)


class TextbookAdaGrad(TextbookOptimizer):
    def update(self, w, g, state, group):
        h = state.setdefault("h", torch.zeros_like(w))
        h += g * g
        w -= group["lr"] * g / (h.sqrt() + 1e-7)


class TextbookRMSprop(TextbookOptimizer):
    def update(self, w, g, state, group):
        h = state.setdefault("h", torch.zeros_like(w))
        h.mul_(group["decay_rate"]).add_((1 - group["decay_rate"]) * g * g)
        w -= group["lr"] * g / (h.sqrt() + 1e-7)


class TextbookAdam(TextbookOptimizer):
    def update(self, w, g, state, group):
        state["t"] = t = state.get("t", 0) + 1
        m = state.setdefault("m", torch.zeros_like(w))
        v = state.setdefault("v", torch.zeros_like(w))
        b1, b2 = group["beta1"], group["beta2"]
        lr_t = group["lr"] * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
        m += (1 - b1) * (g - m)
        v += (1 - b2) * (g * g - v)
        w -= lr_t * m / (v.sqrt() + 1e-7)
